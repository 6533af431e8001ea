using System.Text.RegularExpressions;
using Border.Shared.Jobs;
using Border.Web.Forms;
using Hangfire.PostgreSql;
using Hangfire.Storage;
using MediatR;
using Npgsql;

namespace Border.Web.Composition.Jobs;

/// <summary>
/// Around the dashboard: every POST it accepted (trigger, requeue, delete...) is written to the audit log with the
/// admin's id and the jobs named; its scripts, styles and fonts, whose paths carry Hangfire's version, are cached
/// for a year (response compression already covers them).
/// </summary>
internal sealed partial class JobsDashboardAudit(RequestDelegate next)
{
    private const int Attempts = 3;

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
        await RunAsync(context);
        if (context.Response.StatusCode < 400 && context.User.Identity?.IsAuthenticated == true)
        {
            await mediator.Send(new RecordDashboardAction(context.User.Id(), Action(path), path, jobs), CancellationToken.None);
        }
    }

    /// <summary>
    /// Hangfire.PostgreSql takes a recurring job's lock in a repeatable-read transaction, so when a scheduler takes the
    /// same lock in the same instant the dashboard's command fails at once instead of waiting its turn. Nothing was done
    /// then, so the command runs again; the admin sees it succeed rather than an error page.
    /// </summary>
    private async Task RunAsync(HttpContext context)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await next(context);
                return;
            }
            catch (Exception e) when (attempt < Attempts && !context.Response.HasStarted && IsContention(e))
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100 * attempt), context.RequestAborted);
            }
        }
    }

    private static bool IsContention(Exception e)
    {
        for (Exception? inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is DistributedLockTimeoutException or PostgreSqlDistributedLockException
                || inner is PostgresException { SqlState: PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected })
            {
                return true;
            }
        }

        return false;
    }

    private static string Action(string path) =>
        path.Contains("/trigger", StringComparison.OrdinalIgnoreCase) ? JobAuditActions.Triggered
        : path.Contains("/requeue", StringComparison.OrdinalIgnoreCase) ? JobAuditActions.Requeued
        : path.Contains("/delete", StringComparison.OrdinalIgnoreCase) || path.Contains("/remove", StringComparison.OrdinalIgnoreCase) ? JobAuditActions.Deleted
        : JobAuditActions.Changed;

    [GeneratedRegex(@"^/(css|js)[0-9a-f]+$|^/fonts/", RegexOptions.IgnoreCase)]
    private static partial Regex Versioned();
}
