namespace Border.Web.Composition.Throughput;

/// <summary>
/// At most <c>Throughput:ConcurrentRequests</c> requests do work at once; the rest wait their turn, and one
/// whose browser gave up while it waited is dropped without doing any. Without it, a burst larger than the
/// server can serve piles up abandoned requests that still run every query, and the pages that come after them
/// wait behind that pile (the collapse the web benchmark showed at 200 connections). Liveness and readiness
/// checks skip the line, so a load balancer still sees a live node. A full queue answers 503 with Retry-After.
/// </summary>
internal sealed class PageConcurrency(RequestDelegate next, IConfiguration configuration, ILogger<PageConcurrency> logger)
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
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = "5";
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
}
