using System.Diagnostics;
using MediatR;
using Microsoft.Extensions.Logging;

namespace Border.Shared.Mediator;

internal sealed class LoggingBehavior<TRequest, TResponse>(ILogger<LoggingBehavior<TRequest, TResponse>> logger)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var name = typeof(TRequest).Name;
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next();
            logger.LogDebug("{Request} handled in {Elapsed} ms", name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return response;
        }
        catch (Validation.RequestValidationException refused)
        {
            // An ordinary mistake (a refused form): one line with the reason, no stack trace.
            logger.LogInformation("{Request} refused: {Reasons}", name, refused.Message);
            throw;
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "{Request} failed after {Elapsed} ms", name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            throw;
        }
    }
}
