using Border.Accounts.Contracts;
using Border.Scheduling.Contracts;
using Border.Scheduling.Data;
using Border.Scheduling.Rules;
using Border.Shared.Outbox;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Scheduling.Features.Privacy;

/// <summary>
/// A closed account leaves the draw and gives its seats back: its waiting request is withdrawn, its open offer and
/// any appointment still ahead are cancelled, and the live photos and confirmation answers are deleted. The rows
/// themselves stay, pointing to an id that no longer says who it was, because the draws' figures count them.
/// Under the offer expiry lock, as every decision on an offer is, so the expiry job never tells a closed account.
/// </summary>
internal sealed class ForgetClosedAccountHandler(SchedulingDbContext db, TimeProvider clock) : INotificationHandler<AccountClosed>
{
    public async Task Handle(AccountClosed notification, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow();
        if (!await db.TryRecordInboxAsync(notification.EventId, nameof(ForgetClosedAccountHandler), now, cancellationToken))
        {
            return;
        }

        await db.SaveChangesAsync(cancellationToken);
        await OfferExpiryLock.ShareAsync(db, cancellationToken);
        var person = notification.UserId;
        await Pending.Requests(db).Where(r => r.ApplicantId == person).ExecuteUpdateAsync(
            set => set.SetProperty(r => r.Status, RequestStatus.Withdrawn).SetProperty(r => r.ClosedAt, now), cancellationToken);
        await db.Appointments
            .Where(a => a.ApplicantId == person)
            .Where(a => (a.Status == AppointmentStatus.Offered && a.Deadline > now) || (a.Status == AppointmentStatus.Confirmed && a.SlotStartsAt > now))
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.Status, AppointmentStatus.Cancelled).SetProperty(a => a.CancelledAt, now), cancellationToken);
        var theirs = db.Appointments.Where(a => a.ApplicantId == person).Select(a => a.Id);
        await db.LivePhotos.Where(p => theirs.Contains(p.AppointmentId)).ExecuteDeleteAsync(cancellationToken);
        await db.ConfirmationProgress.Where(p => theirs.Contains(p.AppointmentId)).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
