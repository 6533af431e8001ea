using System.Globalization;
using Border.Accounts.Contracts.Places;
using Border.Accounts.Contracts.Profile;
using Border.Shared.Localization;
using Microsoft.Extensions.Localization;

namespace Border.Web.Pages.Profile;

internal static class DocumentText
{
    public static string TypeName(string type, IStringLocalizer<Strings> text) => type switch
    {
        DocumentTypes.Passport => text["Passport"],
        DocumentTypes.NationalId => text["National identity card"],
        DocumentTypes.BirthCertificate => text["Birth certificate"],
        _ => text["Another official document with a photo"],
    };

    /// <summary>"Passport G1234567, Honduras, valid until 3 May 2031", or null when none was entered.</summary>
    public static string? Describe(DocumentView? document, IStringLocalizer<Strings> text, CultureInfo culture)
    {
        if (document is null)
        {
            return null;
        }

        var country = Countries.All.Find(document.IssuingCountry)?.Name(culture);
        return document.ExpiresOn is { } expires
            ? text["{0} {1}, {2}, valid until {3}", TypeName(document.Type, text), document.Number, country ?? string.Empty, Forms.Dates.Long(expires, culture)]
            : text["{0} {1}, {2}", TypeName(document.Type, text), document.Number, country ?? string.Empty];
    }
}
