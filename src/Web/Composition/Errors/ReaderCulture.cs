using System.Globalization;

namespace Border.Web.Composition.Errors;

/// <summary>The reader's language, worked out before (or without) the localization middleware, for pages that must not touch the database.</summary>
internal static class ReaderCulture
{
    public static async Task<CultureInfo> OfAsync(HttpContext httpContext, RequestLocalizationOptions options)
    {
        foreach (var provider in options.RequestCultureProviders)
        {
            var result = await provider.DetermineProviderCultureResult(httpContext);
            var name = result?.UICultures.FirstOrDefault().Value;
            var supported = options.SupportedUICultures?.FirstOrDefault(c =>
                name is not null && (c.Name == name || c.TwoLetterISOLanguageName == name.Split('-')[0]));
            if (supported is not null)
            {
                return supported;
            }
        }

        return options.DefaultRequestCulture.UICulture;
    }
}
