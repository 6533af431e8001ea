namespace Border.Shared.Outbox;

public interface IOutboxDispatcher
{
    string Schema { get; }

    /// <summary>Delivers up to one batch of pending events; returns how many it took.</summary>
    Task<int> DispatchBatchAsync(CancellationToken cancellationToken);
}
