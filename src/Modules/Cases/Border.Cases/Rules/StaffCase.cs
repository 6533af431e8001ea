using Border.Cases.Contracts;
using Border.Cases.Data;
using Border.Shared.Validation;
using Microsoft.EntityFrameworkCore;

namespace Border.Cases.Rules;

/// <summary>A case an officer changes: loaded with the version they read, so SaveChanges refuses a stale change.</summary>
internal static class StaffCase
{
    public const string StaleMessage = "This case changed since you opened it. Open it again to see what changed, then try again.";

    public static async Task<Case?> FindAsync(CasesDbContext db, Guid caseId, uint version, CancellationToken cancellationToken)
    {
        var @case = await db.Cases.SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (@case is null)
        {
            return null;
        }

        if (@case.Version != version)
        {
            throw Stale();
        }

        db.Entry(@case).Property(c => c.Version).OriginalValue = version;
        return @case;
    }

    public static void RefuseUnlessClaimedBy(Case @case, Guid staffId)
    {
        if (@case.State != CaseState.Submitted)
        {
            throw Refusal.Of(new ValidationFailure("Case", "This case is not waiting for a decision."));
        }

        if (@case.ClaimedBy != staffId)
        {
            throw Refusal.Of(new ValidationFailure("Case", "Claim this case before you act on it."));
        }
    }

    /// <summary>Saves, turning a concurrent change into the stale-case refusal.</summary>
    public static async Task SaveAsync(CasesDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw Stale();
        }
    }

    private static RequestValidationException Stale() => Refusal.Of(new ValidationFailure("Case", StaleMessage));
}
