using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Border.Shared.Outbox;

internal sealed class OutboxDispatchService(
    IEnumerable<IOutboxDispatcher> dispatchers,
    OutboxSignal signal,
    IOptions<OutboxOptions> options,
    ILogger<OutboxDispatchService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.DispatchInBackground)
        {
            return;
        }

        // Leave host start-up at once; the first pass builds every module's model, which takes a while.
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            var delivered = 0;
            foreach (var dispatcher in dispatchers)
            {
                try
                {
                    delivered += await dispatcher.DispatchBatchAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogWarning(ex, "Outbox dispatch for schema {Schema} failed; will retry", dispatcher.Schema);
                }
            }

            if (delivered == 0)
            {
                try
                {
                    await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
