using System.Globalization;

namespace Border.Web.Forms;

internal static class Dates
{
    /// <summary>"3 May 2031" or "3 de mayo de 2031": no weekday, nothing to misread.</summary>
    public static string Long(DateOnly date, CultureInfo culture) =>
        date.ToString(culture.TwoLetterISOLanguageName == "es" ? "d 'de' MMMM 'de' yyyy" : "d MMMM yyyy", culture);
}
