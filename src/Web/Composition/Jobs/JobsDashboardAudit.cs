using System.Text.RegularExpressions;
using Border.Shared.Jobs;
using Border.Web.Forms;
using MediatR;

namespace Border.Web.Composition.Jobs;

/// <summary>
/// Around the dashboard: every POST it accepted (trigger, requeue, delete...) is written to the audit log with the
/// admin's id and the jobs named; its scripts, styles and fonts, whose paths carry Hangfire's version, are cached
/// for a year (response compression already covers them).
/// </summary>
internal sealed partial class JobsDashboardAudit(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, IMediator mediator)
    {
        var path = context.Request.Path.Value![JobsDashboard.Path.Length..];
        if (HttpMethods.IsGet(context.Request.Method) && Versioned().IsMatch(path))
        {
            context.Response.OnStarting(() =>
            {
                if (context.Response.StatusCode == StatusCodes.Status200OK)
                {
                    context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
                }

                return Task.CompletedTask;
            });
        }

        if (!HttpMethods.IsPost(context.Request.Method))
        {
            await next(context);
            return;
        }

        var jobs = context.Request.HasFormContentType
            ? [.. (await context.Request.ReadFormAsync(context.RequestAborted))["jobs[]"].OfType<string>()]
            : new List<string>();
        await next(context);
        if (context.Response.StatusCode < 400 && context.User.Identity?.IsAuthenticated == true)
        {
            await mediator.Send(new RecordDashboardAction(context.User.Id(), Action(path), path, jobs), CancellationToken.None);
        }
    }

    private static string Action(string path) =>
        path.Contains("/trigger", StringComparison.OrdinalIgnoreCase) ? JobAuditActions.Triggered
        : path.Contains("/requeue", StringComparison.OrdinalIgnoreCase) ? JobAuditActions.Requeued
        : path.Contains("/delete", StringComparison.OrdinalIgnoreCase) || path.Contains("/remove", StringComparison.OrdinalIgnoreCase) ? JobAuditActions.Deleted
        : JobAuditActions.Changed;

    [GeneratedRegex(@"^/(css|js)[0-9a-f]+$|^/fonts/", RegexOptions.IgnoreCase)]
    private static partial Regex Versioned();
}
