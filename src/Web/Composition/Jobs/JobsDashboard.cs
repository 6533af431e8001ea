using Border.Accounts.Contracts;
using Border.Web.Composition.Security;
using Hangfire;
using Hangfire.Dashboard;

namespace Border.Web.Composition.Jobs;

/// <summary>
/// Hangfire's dashboard at /admin/hangfire, behind Border's own sign-in: the Supervisor policy (role and
/// two-step sign-in) lets supervisors and admins in, everyone else gets the sign-in page or 404 as on every
/// staff page. Hangfire's LocalRequestsOnly filter is dropped (it would hide a wrong rule in tests); only
/// admins may act. Its POSTs carry the antiforgery token (Hangfire checks it when IAntiforgery is there) and
/// <see cref="JobsDashboardAudit"/> writes each action to the audit log. The language is the request's culture.
/// </summary>
internal static class JobsDashboard
{
    public const string Path = "/admin/hangfire";

    public static WebApplication MapJobsDashboard(this WebApplication app)
    {
        app.UseWhen(context => context.Request.Path.StartsWithSegments(Path), branch => branch.UseMiddleware<JobsDashboardAudit>());
        app.MapHangfireDashboard(Path, Options, app.Services.GetRequiredService<JobStorage>())
            .RequireAuthorization(BorderAuthorization.Supervisor);
        return app;
    }

    private static DashboardOptions Options => new()
    {
        Authorization = [],
        AsyncAuthorization = [],
        IsReadOnlyFunc = context => !context.GetHttpContext().User.IsInRole(Roles.Admin),
        AppPath = "/admin",
        DashboardTitle = "Border jobs",
        DisplayStorageConnectionString = false,
    };
}
