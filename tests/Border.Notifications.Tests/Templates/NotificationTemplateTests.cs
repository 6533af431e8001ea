using System.Globalization;
using System.Text.RegularExpressions;
using Border.Notifications.Contracts;
using Border.Notifications.Templates;

namespace Border.Notifications.Tests.Templates;

public sealed partial class NotificationTemplateTests(RendererFixture fixture) : IClassFixture<RendererFixture>
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es");

    public static TheoryData<string> Kinds => new(NotificationTemplates.Templates.Select(t => t.Kind));

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_template_renders_its_sample_in_english_and_in_spanish_with_no_placeholder_left(string kind)
    {
        var template = NotificationTemplates.For(kind);
        fixture.Logs.Clear();

        var english = fixture.Renderer.Render(kind, template.Sample, null, English);
        var spanish = fixture.Renderer.Render(kind, template.Sample, null, Spanish);

        Assert.All(new[] { english.Title, english.Body, spanish.Title, spanish.Body }, text => Assert.DoesNotContain('{', text));
        Assert.NotEqual(english.Title, spanish.Title);
        Assert.NotEqual(english.Body, spanish.Body);
        Assert.NotEqual(fixture.Resource(template.Fallback, "es"), spanish.Body);
        Assert.NotEqual(template.Fallback, english.Body);
        Assert.Equal(template.Link, english.Link);
        Assert.Empty(fixture.Logs.Entries);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_template_uses_exactly_the_placeholders_its_sample_declares_in_both_languages(string kind)
    {
        var template = NotificationTemplates.For(kind);
        var declared = template.Sample.Keys.Order(StringComparer.Ordinal).ToList();

        var spanishBody = fixture.Resource(template.Body, "es");

        Assert.NotNull(spanishBody);
        Assert.Equal(declared, PlaceholdersIn(template.Body));
        Assert.Equal(declared, PlaceholdersIn(spanishBody));
        // The title and the fallback are shown as they are, so a placeholder there would show as "{port}".
        foreach (var plain in new[] { template.Title, template.Fallback })
        {
            var spanish = fixture.Resource(plain, "es");
            Assert.NotNull(spanish);
            Assert.Empty(PlaceholdersIn(plain));
            Assert.Empty(PlaceholdersIn(spanish));
        }

        foreach (var phrase in template.Sample.Values.Select(a => a.Phrase).OfType<string>())
        {
            Assert.NotNull(fixture.Resource(phrase, "es"));
        }
    }

    public static TheoryData<string, string> KindsWithPlaceholdersInEachLanguage
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var template in NotificationTemplates.Templates.Where(t => t.Sample.Count > 0))
            {
                data.Add(template.Kind, "en");
                data.Add(template.Kind, "es");
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(KindsWithPlaceholdersInEachLanguage))]
    public void A_template_missing_a_value_says_its_fallback_in_the_readers_language_and_not_half_a_sentence(string kind, string culture)
    {
        var template = NotificationTemplates.For(kind);
        var missing = template.Sample.Keys.Last();
        var arguments = template.Sample.Where(a => a.Key != missing).ToDictionary();
        fixture.Logs.Clear();

        var rendered = fixture.Renderer.Render(kind, arguments, null, CultureInfo.GetCultureInfo(culture));

        var fallback = culture == "en" ? template.Fallback : fixture.Resource(template.Fallback, culture);
        Assert.Equal(fallback, rendered.Body);
        Assert.Equal(culture == "en" ? template.Title : fixture.Resource(template.Title, culture), rendered.Title);
        var warning = Assert.Single(fixture.Logs.Entries);
        Assert.Contains(missing, warning.Message, StringComparison.Ordinal);
        Assert.Contains(kind, warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public void A_value_that_cannot_be_shown_counts_as_missing(string culture)
    {
        var template = NotificationTemplates.For(NotificationKinds.AppointmentOffered);
        var broken = new[]
        {
            NotificationArgument.Of("  "),
            NotificationArgument.Moment(DateTimeOffset.UnixEpoch, "Mars/Olympus_Mons"),
            new NotificationArgument(),
        };

        Assert.All(broken, value =>
        {
            var arguments = new Dictionary<string, NotificationArgument>(template.Sample) { ["slot"] = value };
            var rendered = fixture.Renderer.Render(template.Kind, arguments, null, CultureInfo.GetCultureInfo(culture));
            Assert.Equal(culture == "en" ? template.Fallback : fixture.Resource(template.Fallback, culture), rendered.Body);
        });
    }

    [Fact]
    public void An_unknown_kind_reads_as_a_neutral_update_in_either_language()
    {
        var english = fixture.Renderer.Render("a-kind-from-a-newer-version", null, null, English);
        var spanish = fixture.Renderer.Render("a-kind-from-a-newer-version", null, null, Spanish);

        Assert.Equal(("Update about your account", "Open Border to see what changed.", "/"), (english.Title, english.Body, english.Link));
        Assert.Equal(("Novedades sobre su cuenta", "Abra Border para ver qué cambió.", "/"), (spanish.Title, spanish.Body, spanish.Link));
    }

    private static List<string> PlaceholdersIn(string text) =>
        [.. AnyBraces().Matches(text).Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal)];

    // Wider than the renderer's own pattern, so a malformed placeholder shows up as a wrong name.
    [GeneratedRegex(@"\{([^{}]*)\}")]
    private static partial Regex AnyBraces();
}
