using System.Globalization;
using Border.Accounts.Contracts.Places;
using Border.Accounts.Contracts.Profile;
using Border.Shared.Localization;
using Microsoft.Extensions.Localization;

namespace Border.Web.Pages.Profile;

internal static class DocumentText
{
    public static string TypeName(string type, IStringLocalizer<Strings> S) => type switch
    {
        DocumentTypes.Passport => S["Passport"],
        DocumentTypes.NationalId => S["National identity card"],
        DocumentTypes.BirthCertificate => S["Birth certificate"],
        _ => S["Another official document with a photo"],
    };

    /// <summary>"Passport G1234567, Honduras, valid until 3 May 2031", or null when none was entered.</summary>
    public static string? Describe(DocumentView? document, IStringLocalizer<Strings> S, CultureInfo culture)
    {
        if (document is null)
        {
            return null;
        }

        var country = Countries.All.Find(document.IssuingCountry)?.Name(culture);
        return document.ExpiresOn is { } expires
            ? S["{0} {1}, {2}, valid until {3}", TypeName(document.Type, S), document.Number, country ?? string.Empty, Forms.Dates.Long(expires, culture)]
            : S["{0} {1}, {2}", TypeName(document.Type, S), document.Number, country ?? string.Empty];
    }
}
