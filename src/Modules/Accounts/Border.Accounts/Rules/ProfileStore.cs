using Border.Accounts.Data;
using Microsoft.EntityFrameworkCore;

namespace Border.Accounts.Rules;

internal static class ProfileStore
{
    /// <summary>
    /// Applies one page's answers to the latest saved profile. When another tab saved first (the row version
    /// moved, or both created the row), the answers are applied again on top of theirs instead of lost.
    /// </summary>
    public static async Task UpdateAsync(
        AccountsDbContext db, Guid userId, DateTimeOffset now, Action<ApplicantProfile> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var profile = await db.Profiles.SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken);
            if (profile is null)
            {
                profile = new ApplicantProfile { UserId = userId };
                db.Profiles.Add(profile);
            }

            change(profile);
            profile.UpdatedAt = now;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    public static string? Clean(string? answer) => string.IsNullOrWhiteSpace(answer) ? null : answer.Trim();
}
