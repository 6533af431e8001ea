using Border.Shared.Localization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Border.Web.Composition.Localization;

internal static class BorderLocalization
{

    /// <summary>Culture comes from the person's explicit choice (cookie), then their profile, then Accept-Language.</summary>
    public static IServiceCollection AddBorderLocalization(this IServiceCollection services, IConfiguration configuration)
    {
        var secure = Shared.Security.BorderCookies.Secure(configuration);
        var cookie = new LanguageCookie(Shared.Security.BorderCookies.Name("border-lang", secure), secure);
        services.AddSingleton(cookie);
        services.AddLocalization();
        services.AddSingleton<IConfigureOptions<MvcOptions>, LocalizedModelBindingMessages>();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            var supported = Cultures.Supported.Select(Cultures.Info).ToList();
            options.DefaultRequestCulture = new RequestCulture(Cultures.English);
            options.SupportedCultures = supported;
            options.SupportedUICultures = supported;
            options.FallBackToParentCultures = true;
            options.FallBackToParentUICultures = true;
            options.RequestCultureProviders =
            [
                new CookieRequestCultureProvider { CookieName = cookie.Name },
                new ProfileRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return services;
    }
}

/// <summary>The cookie that remembers the language a person chose with the switch.</summary>
internal sealed record LanguageCookie(string Name, bool Secure);
