using Border.Accounts.Data;
using Border.Shared.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Border.Accounts.Features.GroupFreeze;

/// <summary>An appointment that is over without the group travelling frees the group, but only if it was frozen for that appointment.</summary>
internal static class FreedGroup
{
    public static async Task FreeAsync(
        AccountsDbContext db, TimeProvider clock, Guid eventId, string handler, Guid applicantId, Guid appointmentId, CancellationToken cancellationToken)
    {
        if (!await db.TryRecordInboxAsync(eventId, handler, clock.GetUtcNow(), cancellationToken))
        {
            return;
        }

        var profile = await db.Profiles.SingleOrDefaultAsync(p => p.UserId == applicantId && p.GroupFrozenFor == appointmentId, cancellationToken);
        if (profile is not null)
        {
            profile.GroupFrozenFor = null;
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
