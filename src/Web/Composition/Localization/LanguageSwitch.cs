using Border.Shared.Localization;
using Microsoft.AspNetCore.Localization;

namespace Border.Web.Composition.Localization;

internal static class LanguageSwitch
{
    /// <summary>
    /// A plain link (GET /language/es?returnUrl=/here) so the switch works without script; it only
    /// sets the language cookie and goes back to the same page.
    /// </summary>
    public static IEndpointRouteBuilder MapLanguageSwitch(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/language/{culture}", (string culture, string? returnUrl, HttpContext context) =>
        {
            Remember(context, culture);
            return Results.LocalRedirect(Forms.LocalUrl.OrDefault(returnUrl, "/"));
        });
        return endpoints;
    }

    /// <summary>Sets the language cookie, which wins over the profile and the browser's languages.</summary>
    public static void Remember(HttpContext context, string culture)
    {
        var cookie = context.RequestServices.GetRequiredService<LanguageCookie>();
        context.Response.Cookies.Append(
            cookie.Name,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(Cultures.Normalize(culture))),
            new CookieOptions
            {
                Expires = DateTimeOffset.UtcNow.AddYears(1),
                Secure = cookie.Secure,
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                Path = "/",
                IsEssential = true,
            });
    }

    public static string PathFor(string culture, HttpRequest request) =>
        $"/language/{culture}?returnUrl={Uri.EscapeDataString(request.Path + request.QueryString)}";
}
