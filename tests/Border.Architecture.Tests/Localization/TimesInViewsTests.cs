using System.Text.RegularExpressions;
using Border.Architecture.Tests.Support;

namespace Border.Architecture.Tests.Localization;

/// <summary>
/// Times reach a page through Border.Web.Forms.Moments (the reader's language, the zone named; machine values in
/// forms HTML accepts), never as a raw UTC value or a round-trip string with seven fractional digits.
/// </summary>
public sealed partial class TimesInViewsTests
{
    [GeneratedRegex("""\.UtcDateTime\b|\.ToString\(\s*"[oOfFgGrRuU]"\s*[,)]|\bUTC\b""")]
    private static partial Regex RawTime();

    [Fact]
    public void No_view_shows_a_raw_utc_time_or_a_round_trip_string()
    {
        var offenders = SourceTree.Views()
            .SelectMany(path => File.ReadLines(path).Select((line, i) => (path, line, number: i + 1)))
            .Where(l => RawTime().IsMatch(l.line))
            .Select(l => $"{Path.GetRelativePath(RepositoryRoot.Path, l.path)}:{l.number}: {l.line.Trim()}")
            .ToList();

        Assert.True(offenders.Count == 0, "Format these through Moments:\n" + string.Join("\n", offenders));
    }

    [Theory]
    [InlineData("""<time datetime="@item.CreatedAt.ToString("O")">""")]
    [InlineData("""@update.PublishedAt.UtcDateTime.ToString("D") UTC""")]
    [InlineData("""@run.StartedAt.ToString("g")""")]
    public void The_rule_bites_on_the_shapes_it_forbids(string line) => Assert.Matches(RawTime(), line);

    [Fact]
    public void The_rule_lets_the_formatter_through() =>
        Assert.DoesNotMatch(RawTime(), """<time datetime="@Moments.Machine(item.CreatedAt)">@Moments.At(S, item.CreatedAt, Model.TimeZone)</time>""");
}
