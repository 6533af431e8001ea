using Border.Accounts.Contracts;
using Border.Cases.Contracts;
using Border.Cases.Data;
using Border.Cases.Rules;
using Border.Shared.Outbox;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Cases.Features.TravellerChanges;

/// <summary>
/// The applicant's group changed in Accounts: every case of theirs still awaiting a decision runs its checks again, so
/// the officer reads results about the group as it is now. A case whose checks ran after the change (its submission's
/// own run, or the run of an earlier event of the same burst) already read it and is left alone. The runs and the inbox
/// commit together; a redelivery does nothing.
/// </summary>
internal sealed class TravellerChangedHandler(CasesDbContext db, IMediator mediator, TimeProvider clock) : INotificationHandler<TravellerChanged>
{
    public async Task Handle(TravellerChanged notification, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await db.TryRecordInboxAsync(notification.EventId, nameof(TravellerChangedHandler), clock.GetUtcNow(), cancellationToken))
        {
            return;
        }

        var open = await db.Cases.AsNoTracking()
            .Where(c => c.ApplicantId == notification.ApplicantId && Transitions.AwaitingDecision.Contains(c.State))
            .Where(c => db.CheckResults.Any(r => r.CaseId == c.Id && r.RanAt < notification.OccurredAt))
            .Select(c => c.Id)
            .ToListAsync(cancellationToken);
        foreach (var id in open)
        {
            await mediator.Send(new RunCaseChecks(id), cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
