using MediatR;

namespace Border.Shared.Outbox;

/// <summary>Deletes delivered outbox rows and old inbox rows so the tables stay small. Safe to run twice: it only deletes.</summary>
internal sealed class OutboxCleanupJob(IMediator mediator)
{
    public const string Id = "outbox-cleanup";

    public Task<int> RunAsync(CancellationToken cancellationToken) => mediator.Send(new CleanOutboxes(), cancellationToken);
}
