using System.Globalization;
using System.Text.RegularExpressions;
using Border.Accounts.Contracts.Places;
using Border.Web.Forms;
using Border.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Border.Web.Tests.Localization;

/// <summary>The one formatter: machine values HTML accepts, and an applicant's own zone named in their language.</summary>
public sealed class MomentsTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private static readonly DateTimeOffset At = new DateTimeOffset(2026, 11, 24, 18, 0, 0, TimeSpan.Zero).AddTicks(1_234_567);

    [Fact]
    public void A_time_element_gets_a_valid_html_date_time_in_utc_to_the_second()
    {
        Assert.Equal("2026-11-24T18:00:00Z", Moments.Machine(At));
        Assert.Equal("2026-11-24", Moments.Machine(new DateOnly(2026, 11, 24)));
        Assert.Equal("07:30", Moments.Machine(new TimeOnly(7, 30)));
    }

    [Theory]
    [InlineData("BCN", "America/Tijuana")]
    [InlineData("SON", "America/Hermosillo")]
    [InlineData("SIN", "America/Mazatlan")]
    [InlineData("NLE", "America/Monterrey")]
    [InlineData("ROO", "America/Cancun")]
    [InlineData("JAL", "America/Mexico_City")]
    [InlineData(null, "America/Mexico_City")]
    public void Each_mexican_state_has_its_zone(string? state, string zone) => Assert.Equal(zone, StateTimeZones.Of(state));

    [Theory]
    [InlineData("en", "BCN", "Tuesday, November 24, 2026 at 10:00 AM Pacific time (PST)")]
    [InlineData("es", "BCN", "martes, 24 de noviembre de 2026 a las 10:00 hora del Pacífico (PST)")]
    [InlineData("en", "JAL", "Tuesday, November 24, 2026 at 12:00 PM Central Mexico time (CST)")]
    [InlineData("es", "SIN", "martes, 24 de noviembre de 2026 a las 11:00 hora del Pacífico de México (MST)")]
    [InlineData("es", "ROO", "martes, 24 de noviembre de 2026 a las 13:00 hora del sureste de México (EST)")]
    public void An_applicants_time_reads_in_their_states_zone_with_the_zone_named(string culture, string state, string expected)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            var text = app.Services.GetRequiredService<IStringLocalizer<Border.Shared.Localization.Strings>>();
            Assert.Equal(expected, Regex.Replace(Moments.At(text, At, StateTimeZones.Of(state)), @"\s+", " "));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
