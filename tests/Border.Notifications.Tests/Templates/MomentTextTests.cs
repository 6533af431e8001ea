using System.Globalization;
using Border.Notifications.Contracts;
using Border.Notifications.Templates;

namespace Border.Notifications.Tests.Templates;

public sealed class MomentTextTests(RendererFixture fixture) : IClassFixture<RendererFixture>
{
    private const string Pacific = "America/Los_Angeles";

    [Theory]
    [InlineData("en", "You have been offered an appointment at San Ysidro on Tuesday, December 8, 2026 at 8:30 AM Pacific time (PST). Confirm it before Saturday, July 4, 2026 at 9:00 AM Pacific time (PDT) or it goes to someone else.")]
    [InlineData("es", "Se le ofreció una cita en San Ysidro el martes, 8 de diciembre de 2026 a las 8:30 hora del Pacífico (PST). Confírmela antes del sábado, 4 de julio de 2026 a las 9:00 hora del Pacífico (PDT) o pasará a otra persona.")]
    public void A_moment_reads_in_the_ports_zone_with_the_zone_named_in_the_readers_language(string culture, string expected)
    {
        var rendered = Offered(culture, new()
        {
            ["slot"] = NotificationArgument.Moment(new DateTimeOffset(2026, 12, 8, 16, 30, 0, TimeSpan.Zero), Pacific),
            ["deadline"] = NotificationArgument.Moment(new DateTimeOffset(2026, 7, 4, 16, 0, 0, TimeSpan.Zero), Pacific),
        });

        Assert.Equal(expected, SpacesAsSpaces(rendered.Body));
    }

    [Theory]
    [InlineData("America/Phoenix", "Tuesday, July 7, 2026 at 9:00 AM Arizona time (MST)")]
    [InlineData("America/Denver", "Tuesday, July 7, 2026 at 10:00 AM Mountain time (MDT)")]
    [InlineData("America/Chicago", "Tuesday, July 7, 2026 at 11:00 AM Central time (CDT)")]
    [InlineData("America/New_York", "Tuesday, July 7, 2026 at 12:00 PM Eastern time (EDT)")]
    public void Each_ports_zone_has_its_own_name_and_daylight_abbreviation(string zone, string expected)
    {
        var at = NotificationArgument.Moment(new DateTimeOffset(2026, 7, 7, 16, 0, 0, TimeSpan.Zero), zone);

        var rendered = Offered("en", new() { ["slot"] = at, ["deadline"] = at });

        Assert.Contains($"on {expected}.", SpacesAsSpaces(rendered.Body), StringComparison.Ordinal);
    }

    [Fact]
    public void A_zone_border_does_not_name_still_shows_its_offset_rather_than_nothing()
    {
        var at = NotificationArgument.Moment(new DateTimeOffset(2026, 12, 8, 16, 30, 0, TimeSpan.Zero), "America/Bogota");

        var rendered = Offered("es", new() { ["slot"] = at, ["deadline"] = at });

        Assert.Contains("el martes, 8 de diciembre de 2026 a las 11:30 America/Bogota (UTC-05:00).", SpacesAsSpaces(rendered.Body), StringComparison.Ordinal);
    }

    private RenderedNotification Offered(string culture, Dictionary<string, NotificationArgument> moments)
    {
        moments["port"] = NotificationArgument.Of("San Ysidro");
        return fixture.Renderer.Render(NotificationKinds.AppointmentOffered, moments, null, CultureInfo.GetCultureInfo(culture));
    }

    // ICU puts a narrow no-break space before AM/PM; what matters here is the words.
    private static string SpacesAsSpaces(string text) => text.Replace('\u202F', ' ').Replace('\u00A0', ' ');
}
