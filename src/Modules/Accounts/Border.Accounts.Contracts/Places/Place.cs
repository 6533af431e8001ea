using System.Globalization;

namespace Border.Accounts.Contracts.Places;

/// <summary>A country or state by its code, named in both of Border's languages.</summary>
public sealed record Place(string Code, string English, string Spanish)
{
    public string Name(CultureInfo culture) => culture.TwoLetterISOLanguageName == "es" ? Spanish : English;

    public string Name() => Name(CultureInfo.CurrentUICulture);
}
