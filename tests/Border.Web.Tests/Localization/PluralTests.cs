using System.Globalization;
using Border.Shared.Localization;
using Border.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Border.Web.Tests.Localization;

/// <summary>Counts meet nouns through one helper and the real resources, in both languages.</summary>
public sealed class PluralTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Theory]
    [InlineData("en", 0, "0 people found")]
    [InlineData("en", 1, "1 person found")]
    [InlineData("en", 2, "2 people found")]
    [InlineData("es", 0, "0 personas encontradas")]
    [InlineData("es", 1, "1 persona encontrada")]
    [InlineData("es", 2, "2 personas encontradas")]
    public void A_count_takes_the_singular_for_one_and_the_plural_otherwise(string culture, int count, string expected) =>
        Assert.Equal(expected, In(culture, s => s.Plural("{0} person found|{0} people found", count)));

    [Theory]
    [InlineData("en", 1, "Your profile is complete: 1 person travels in your group.")]
    [InlineData("en", 2, "Your profile is complete: 2 people travel in your group.")]
    [InlineData("es", 1, "Su perfil está completo: en su grupo viaja 1 persona.")]
    [InlineData("es", 2, "Su perfil está completo: en su grupo viajan 2 personas.")]
    public void The_verb_agrees_with_the_count_too(string culture, int count, string expected) =>
        Assert.Equal(expected, In(culture, s => s.Plural(
            "Your profile is complete: {0} person travels in your group.|Your profile is complete: {0} people travel in your group.", count)));

    [Theory]
    [InlineData("en", "1 hour 1 minute left")]
    [InlineData("es", "Quedan 1 hora y 1 minuto")]
    public void Two_counts_each_take_their_own_form(string culture, string expected) =>
        Assert.Equal(expected, In(culture, s => s["{0} {1} left", s.Plural("{0} hour|{0} hours", 1), s.Plural("{0} minute|{0} minutes", 1)]));

    private string In(string culture, Func<IStringLocalizer, string> render)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return render(app.Services.GetRequiredService<IStringLocalizer<Strings>>());
        }
        finally
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = before;
        }
    }
}
