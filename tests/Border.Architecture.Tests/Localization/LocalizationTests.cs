using Border.Architecture.Tests.Support;

namespace Border.Architecture.Tests.Localization;

public sealed class LocalizationTests
{
    [Fact]
    public void The_scan_of_src_finds_keys_in_both_code_and_razor_pages()
    {
        var keys = SourceTree.LocalizerKeys();

        Assert.Contains(keys, k => k.File.EndsWith(".cshtml", StringComparison.Ordinal));
        Assert.Contains(keys, k => k.File.EndsWith(".cs", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_localizer_key_in_src_has_a_Spanish_translation()
    {
        var keys = SourceTree.LocalizerKeys();
        AssertSpanishStringsExist(keys.Select(k => k.Key).Distinct().Count());

        var missing = LocalizationRules.MissingSpanish(keys, ResxEntries.Read(SourceTree.SpanishStringsPath));

        Violations.AssertNone($"English keys with no Spanish in {SourceTree.SpanishStrings}", missing);
    }

    [Fact]
    public void Every_Spanish_entry_is_asked_for_by_some_code_in_src()
    {
        var resources = SourceTree.SpanishResources();
        Assert.NotEmpty(resources);

        var unused = LocalizationRules.UnusedEntries(resources.SelectMany(ResxEntries.Read), SourceTree.SourceTexts());

        Violations.AssertNone("Spanish entries no code uses (delete them)", unused);
    }

    [Fact]
    public void No_Spanish_entry_is_empty_or_repeated()
    {
        AssertSpanishStringsExist(SourceTree.LocalizerKeys().Select(k => k.Key).Distinct().Count());

        var entries = SourceTree.SpanishResources().SelectMany(ResxEntries.Read).ToList();

        Violations.AssertNone("Empty or repeated Spanish entries", LocalizationRules.EmptyOrRepeatedEntries(entries));
    }

    [Fact]
    public void Every_Spanish_entry_keeps_the_placeholders_of_its_English_key() =>
        Violations.AssertNone(
            "Spanish entries whose {n} placeholders differ from the English key",
            LocalizationRules.PlaceholderMismatches(SourceTree.SpanishResources().SelectMany(ResxEntries.Read)));

    private static void AssertSpanishStringsExist(int keyCount)
    {
        if (!File.Exists(SourceTree.SpanishStringsPath))
        {
            Assert.Fail(
                $"{SourceTree.SpanishStrings} does not exist. Spanish lives there: one <data name=\"English text\"><value>texto en español</value></data> " +
                $"for each of the {keyCount} distinct keys the localizer is given in src/.");
        }
    }
}
