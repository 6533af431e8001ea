using Border.Accounts.Contracts.Places;

namespace Border.Web.Tests.Localization;

/// <summary>Country names a native reader would have corrected in iso-codes' Spanish (scripts/generate-places.py), pinned.</summary>
public sealed class SpanishNamesTests
{
    [Theory]
    [InlineData("DZ", "Argelia")]
    [InlineData("CI", "Costa de Marfil")]
    [InlineData("SX", "San Martín (zona holandesa)")]
    [InlineData("NE", "Níger")]
    [InlineData("SR", "Surinam")]
    [InlineData("TN", "Túnez")]
    [InlineData("TR", "Turquía")]
    [InlineData("KM", "Comoras")]
    [InlineData("VE", "Venezuela")]
    [InlineData("BO", "Bolivia")]
    [InlineData("KR", "Corea del Sur")]
    [InlineData("MX", "México")]
    public void A_country_reads_as_a_native_speaker_writes_it(string code, string spanish) =>
        Assert.Equal(spanish, Countries.All.Find(code)!.Name(System.Globalization.CultureInfo.GetCultureInfo("es")));
}
