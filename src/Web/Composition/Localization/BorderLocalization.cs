using Border.Shared.Localization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Border.Web.Composition.Localization;

internal static class BorderLocalization
{
    public const string CookieName = "__Host-border-lang";

    /// <summary>Culture comes from the person's explicit choice (cookie), then their profile, then Accept-Language.</summary>
    public static IServiceCollection AddBorderLocalization(this IServiceCollection services)
    {
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
                new CookieRequestCultureProvider { CookieName = CookieName },
                new ProfileRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return services;
    }
}
