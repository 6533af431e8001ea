namespace Border.Architecture.Tests.Localization;

/// <summary>The localization rules, run on a made-up resource: each gap must be reported.</summary>
public sealed class LocalizationRulesBiteTests
{
    private const string Resx = """
        <?xml version="1.0" encoding="utf-8"?>
        <root>
          <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
          <data name="Sign in" xml:space="preserve"><value>Iniciar sesión</value></data>
          <data name="Password" xml:space="preserve"><value></value></data>
          <data name="Hello {0}" xml:space="preserve"><value>Hola</value></data>
          <data name="Sign in" xml:space="preserve"><value>Entrar</value></data>
          <data name="Logo" type="System.Byte[], mscorlib"><value>AAAA</value></data>
        </root>
        """;

    private static readonly IReadOnlyList<ResxEntry> Entries = ResxEntries.Parse(Resx, "Strings.es.resx");

    [Fact]
    public void A_key_with_no_entry_or_an_empty_one_is_reported_with_where_it_is_used()
    {
        KeyUse[] uses = [new("Sign in", "A.cshtml", 3), new("Password", "A.cshtml", 9), new("Continue", "B.cshtml", 2), new("Continue", "C.cs", 7)];

        Assert.Equal(
            ["\"Continue\" (used in B.cshtml:2, C.cs:7)", "\"Password\" (used in A.cshtml:9)"],
            LocalizationRules.MissingSpanish(uses, Entries));
    }

    [Fact]
    public void An_empty_or_repeated_entry_is_reported() =>
        Assert.Equal(
            ["Strings.es.resx: \"Password\" has an empty value", "Strings.es.resx: \"Sign in\" appears 2 times"],
            LocalizationRules.EmptyOrRepeatedEntries(Entries));

    [Fact]
    public void A_translation_that_drops_a_placeholder_is_reported() =>
        Assert.Equal(
            ["Strings.es.resx: \"Hello {0}\" has placeholders {0} but its value has {}"],
            LocalizationRules.PlaceholderMismatches(Entries));

    [Fact]
    public void Non_text_entries_are_not_read_as_translations() =>
        Assert.DoesNotContain(Entries, e => e.Name == "Logo");

    [Fact]
    public void An_entry_whose_text_no_source_quotes_is_reported_as_unused()
    {
        var sources = new[]
        {
            """<h1>@S["Sign in"]</h1>""",
            """var x = S[ok ? "Hello {0}" : "Password"];""",
        };

        Assert.Equal(
            ["Strings.es.resx: \"Goodbye\" is not quoted anywhere in src"],
            LocalizationRules.UnusedEntries([.. Entries, new ResxEntry("Strings.es.resx", "Goodbye", "Adiós")], sources));
    }

    [Theory]
    [InlineData("""S["Say \"hi\""]""")]
    [InlineData(""""S[@"Say ""hi"""]"""")]
    [InlineData("""S["say \"HI\""]""")]
    public void A_key_quoted_escaped_verbatim_or_in_another_case_counts_as_used(string source) =>
        Assert.Empty(LocalizationRules.UnusedEntries([new ResxEntry("Strings.es.resx", "Say \"hi\"", "Di \"hola\"")], [source]));
}
