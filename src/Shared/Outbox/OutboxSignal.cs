using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Border.Shared.Outbox;

/// <summary>Wakes the dispatcher as soon as a SaveChanges wrote outbox rows, so events need not wait for the next poll.</summary>
internal sealed class OutboxSignal : SaveChangesInterceptor
{
    private readonly SemaphoreSlim signal = new(0, 1);

    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        signal.WaitAsync(timeout, cancellationToken);

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context?.ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added) == true)
        {
            eventData.Context.SavedChanges += (_, _) => Release();
        }

        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    private void Release()
    {
        if (signal.CurrentCount == 0)
        {
            try
            {
                signal.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another save woke the dispatcher first: one wake-up is enough.
            }
        }
    }
}
