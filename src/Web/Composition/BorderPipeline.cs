using Border.Web.Composition.Security;
using Microsoft.AspNetCore.HttpOverrides;

namespace Border.Web.Composition;

internal static class BorderPipeline
{
    public static WebApplication UseBorder(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
            app.UseHsts();
        }

        // Behind a TLS-terminating proxy on the same host: trust its X-Forwarded-Proto/For (loopback proxies only).
        app.UseForwardedHeaders(new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
        });
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseResponseCompression();
        app.UseStatusCodePagesWithReExecute("/status/{0}");
        app.UseRouting();
        app.UseMiddleware<Throughput.PageConcurrency>();
        app.UseAuthentication();
        // After authentication: the language saved in the person's profile comes from their sign-in cookie.
        app.UseRequestLocalization();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapRazorPages().WithStaticAssets();
        app.MapLanguageSwitch();
        app.MapBorderHealthChecks();
        return app;
    }
}
