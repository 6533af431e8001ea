namespace Border.Architecture.Tests.Localization;

/// <summary>The scanner, run on a sample: it must find every form of key so the real scan cannot quietly find nothing.</summary>
public sealed class LocalizerKeyScannerTests
{
    private const string Sample = """
        ViewData["Title"] = S["Sign in"];
        <label>@S["Email address"]</label> <p>@context["not a key"]</p>
        Description = text["Use a password of at least {0} characters.", length],
        var said = Text["She said \"hola\"."];
        [Required(ErrorMessage = "Enter the security code.")]
        [Display(Name = "Security code")]
        [Required, Display(Prompt = "x", Name = "Email")]
        yield return new ValidationFailure(nameof(request.Email), "Enter your email address.");
        yield return new ValidationFailure(string.Join(',', parts), @"Say ""yes"".");
        yield return new ValidationFailure(e.Code.Contains("Password", StringComparison.Ordinal) ? "Password" : "Email", e.Description);
        var computed = S[$"Hello {name}"];
        <h2>@S.Plural("{0} found|{0} found", matches.Count)</h2>
        <p>@S[done == "all" ? "All done" : "Some left"]</p>
        var word = S[state switch { "a" => "Open", _ => "Closed" }];
        <p>@S["Now {0}", cron ?? "-"]</p>
        throw TargetAccount.Refused("This account is closed.");
        """;

    private static readonly string[] Expected =
    [
        "Sign in",
        "Email address",
        "Use a password of at least {0} characters.",
        "She said \"hola\".",
        "Enter the security code.",
        "Security code",
        "Email",
        "Enter your email address.",
        "Say \"yes\".",
        "{0} found|{0} found",
        "All done",
        "Some left",
        "Open",
        "Closed",
        "Now {0}",
        "This account is closed.",
    ];

    [Fact]
    public void The_scanner_finds_every_form_of_literal_key_and_nothing_else() =>
        Assert.Equal(Expected, LocalizerKeyScanner.Scan(Sample, "Sample.cshtml").Select(k => k.Key));

    [Fact]
    public void The_scanner_reports_the_file_and_line_of_each_use()
    {
        var use = LocalizerKeyScanner.Scan(Sample, "Sample.cshtml").Single(k => k.Key == "Security code");
        Assert.Equal(new KeyUse("Security code", "Sample.cshtml", 6), use);
    }

    [Fact]
    public void The_message_of_a_validation_failure_is_found_past_nested_arguments()
    {
        const string Source = """new ValidationFailure(Field(a, b[1], "x,y"), "Pick one.")""";
        Assert.Equal("Pick one.", Assert.Single(LocalizerKeyScanner.Scan(Source, "f.cs")).Key);
    }
}
