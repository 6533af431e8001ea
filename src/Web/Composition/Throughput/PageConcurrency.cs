using System.Globalization;
using System.Net;
using Border.Shared.Localization;
using Border.Web.Composition.Errors;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Border.Web.Composition.Throughput;

/// <summary>
/// At most <c>Throughput:ConcurrentRequests</c> requests do work at once; the rest wait their turn, and one
/// whose browser gave up while it waited is dropped without doing any. Without it, a burst larger than the
/// server can serve piles up abandoned requests that still run every query, and the pages that come after them
/// wait behind that pile (the collapse the web benchmark showed at 200 connections). Liveness and readiness
/// checks skip the line, so a load balancer still sees a live node. A full queue answers 503 with Retry-After.
/// </summary>
internal sealed class PageConcurrency(
    RequestDelegate next,
    IConfiguration configuration,
    IOptions<RequestLocalizationOptions> localization,
    IStringLocalizer<Strings> S,
    ILogger<PageConcurrency> logger)
{
    private readonly SemaphoreSlim slots = new(configuration.GetValue("Throughput:ConcurrentRequests", 64));
    private readonly int queueLimit = configuration.GetValue("Throughput:QueueLimit", 2000);
    private int waiting;

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }

        if (Interlocked.Increment(ref waiting) > queueLimit)
        {
            Interlocked.Decrement(ref waiting);
            logger.LogWarning("A request was turned away: {Limit} were already waiting", queueLimit);
            await TurnAwayAsync(context);
            return;
        }

        try
        {
            await slots.WaitAsync(context.RequestAborted);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return;
        }
        finally
        {
            Interlocked.Decrement(ref waiting);
        }

        try
        {
            await next(context);
        }
        finally
        {
            slots.Release();
        }
    }

    /// <summary>A few words in the reader's language and nothing else: the status page would render the layout, which asks the database.</summary>
    private async Task TurnAwayAsync(HttpContext context)
    {
        var culture = await ReaderCulture.OfAsync(context, localization.Value);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
        context.Features.Get<IStatusCodePagesFeature>()?.Enabled = false;
        var response = context.Response;
        response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        response.Headers.RetryAfter = "5";
        response.Headers.CacheControl = "no-store";
        response.ContentType = "text/html; charset=utf-8";
        var title = WebUtility.HtmlEncode(S["The service is busy"]);
        await response.WriteAsync(
            $"""
            <!DOCTYPE html>
            <html lang="{culture.TwoLetterISOLanguageName}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{title} – Border</title></head>
            <body><main><h1>{title}</h1><p>{WebUtility.HtmlEncode(S["Too many people are using the service right now. Please try again in a few seconds."])}</p></main></body></html>
            """,
            context.RequestAborted);
    }
}
