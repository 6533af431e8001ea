using System.Globalization;
using System.Net;
using Border.Shared.Localization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Border.Web.Composition.Errors;

/// <summary>
/// A request that failed because PostgreSQL is down or refusing connections gets a page that needs nothing
/// from it: 503, Retry-After and a few words in the person's language. The error page proper renders the
/// layout, which asks the database again, so it cannot be the answer to this.
/// </summary>
internal sealed class DatabaseOutage(
    IOptions<RequestLocalizationOptions> localization,
    IStringLocalizer<Strings> S,
    ILogger<DatabaseOutage> logger) : IExceptionHandler
{
    public static readonly TimeSpan RetryAfter = TimeSpan.FromMinutes(2);

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (Cause(exception) is not { } cause)
        {
            return false;
        }

        logger.LogError("The database could not answer {Path}: {Reason}", httpContext.Request.Path, cause.Message);
        var culture = await ReaderCulture.OfAsync(httpContext, localization.Value);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        response.Headers.RetryAfter = ((int)RetryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        response.Headers.CacheControl = "no-store";
        response.ContentType = "text/html; charset=utf-8";
        var title = WebUtility.HtmlEncode(S["The service is having trouble"]);
        await response.WriteAsync(
            $"""
            <!DOCTYPE html>
            <html lang="{culture.TwoLetterISOLanguageName}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{title} – Border</title></head>
            <body><main><h1>{title}</h1><p>{WebUtility.HtmlEncode(S["Please try again in a few minutes. Nothing you saved was lost."])}</p><p><a href="/">{WebUtility.HtmlEncode(S["Go to the home page"])}</a></p></main></body></html>
            """,
            cancellationToken);
        return true;
    }

    /// <summary>The fault that says PostgreSQL is unreachable, down or refusing connections; null for any other error.</summary>
    public static Exception? Cause(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                // Class 08 connection, 53 resources, 57 operator intervention (shutdown); 3D000 no such database;
                // 55000 is what a database that does not allow connections answers.
                case PostgresException postgres when postgres.SqlState is ['0', '8', ..] or ['5', '3', ..] or ['5', '7', ..] or "3D000" or "55000":
                    return postgres;
                case PostgresException:
                    return null;
                case NpgsqlException or TimeoutException or System.Net.Sockets.SocketException:
                    return current;
            }
        }

        return null;
    }
}
