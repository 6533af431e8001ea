using Border.Accounts.Contracts;
using Border.Cases.Contracts;
using Border.Cases.Data;
using Border.Cases.Rules;
using Border.Shared.Outbox;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Cases.Features.DisabledStaff;

/// <summary>
/// A disabled staff account's claims go back to the queue, whatever state their cases are in, each with a
/// "released" history line and audit entry in the admin's name. The inbox makes a redelivery do nothing.
/// </summary>
internal sealed class ReleaseDisabledStaffClaimsHandler(CasesDbContext db, TimeProvider clock) : INotificationHandler<AccountDisabled>
{
    public const string Reason = "account-disabled";

    public async Task Handle(AccountDisabled notification, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await db.TryRecordInboxAsync(notification.EventId, nameof(ReleaseDisabledStaffClaimsHandler), now, cancellationToken))
        {
            return;
        }

        var claimed = await db.Cases.Where(c => c.ClaimedBy == notification.UserId).ToListAsync(cancellationToken);
        foreach (var @case in claimed)
        {
            @case.ClaimedBy = null;
            @case.ClaimedAt = null;
            CaseHistory.Record(db, @case, CaseEventKind.Released, notification.ActorId, now, before: new { ClaimedBy = notification.UserId, Reason });
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
