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
        endpoints.MapGet("/language/{culture}", (string culture, string? returnUrl, HttpContext context, LanguageCookie cookie) =>
        {
            var chosen = Cultures.Normalize(culture);
            context.Response.Cookies.Append(
                cookie.Name,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions
                {
                    Expires = DateTimeOffset.UtcNow.AddYears(1),
                    Secure = cookie.Secure,
                    HttpOnly = true,
                    SameSite = SameSiteMode.Lax,
                    Path = "/",
                    IsEssential = true,
                });
            return Results.LocalRedirect(Forms.LocalUrl.OrDefault(returnUrl, "/"));
        });
        return endpoints;
    }

    public static string PathFor(string culture, HttpRequest request) =>
        $"/language/{culture}?returnUrl={Uri.EscapeDataString(request.Path + request.QueryString)}";
}
