using Border.Web.Composition.Jobs;
using Border.Web.Composition.Security;

namespace Border.Web.Composition;

internal static class BorderPipeline
{
    public static WebApplication UseBorder(this WebApplication app)
    {
        Forms.ReaderTimeZone.UseBorderZone(app.Services.GetRequiredService<Border.Shared.Settings.SettingValues>());

        // First, so that HSTS, cookies and rate limits see the scheme and address a trusted proxy forwarded (TrustedProxies).
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
            app.UseHsts();
        }

        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<NoStoreDownloadsMiddleware>();
        app.UseResponseCompression();
        app.UseStatusCodePagesWithReExecute("/status/{0}");
        app.UseRouting();
        app.UseMiddleware<Throughput.PageConcurrency>();
        app.UseAuthentication();
        app.UseMiddleware<Snapshots.ForgetOwnChanges>();
        // After authentication: the language saved in the person's profile comes from their sign-in cookie.
        app.UseRequestLocalization();
        app.UseRateLimitKeys();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseAntiforgery();
        // Last before the page: everything above still runs for a page given from memory.
        app.UseMiddleware<Throughput.RememberedPages>();

        app.MapStaticAssets();
        app.MapRazorPages().WithStaticAssets();
        app.MapLanguageSwitch();
        app.MapBorderHealthChecks();
        app.MapJobsDashboard();
        return app;
    }
}
