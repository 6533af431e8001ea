using Border.Shared.Outbox;
using Microsoft.Extensions.DependencyInjection;

namespace Border.Testing;

public static class OutboxDelivery
{
    /// <summary>
    /// Delivers every pending event of every module now, as the background dispatcher would, so a test
    /// does not wait on its timing.
    /// </summary>
    public static async Task<int> DeliverAllAsync(IServiceProvider services)
    {
        var total = 0;
        int delivered;
        do
        {
            delivered = 0;
            foreach (var dispatcher in services.GetServices<IOutboxDispatcher>())
            {
                delivered += await dispatcher.DispatchBatchAsync(CancellationToken.None);
            }

            total += delivered;
        }
        while (delivered > 0);
        return total;
    }
}
