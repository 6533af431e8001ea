using Border.Accounts.Data;
using Border.Shared.Validation;
using Microsoft.EntityFrameworkCore;

namespace Border.Accounts.Rules;

internal static class Travellers
{
    /// <summary>The applicant themselves, or a member of their own group; nobody else's.</summary>
    public static async Task<bool> IsTheirsAsync(AccountsDbContext db, Guid userId, Guid travellerId, CancellationToken cancellationToken) =>
        travellerId == userId || await db.GroupMembers.AnyAsync(m => m.Id == travellerId && m.OwnerId == userId, cancellationToken);

    /// <summary>
    /// Once an appointment is confirmed the group travels as it was confirmed: nobody joins, leaves or changes, the
    /// main applicant included (name, birth, nationality, document, photos, selfie). A mistake is corrected on the record.
    /// </summary>
    public static async Task RefuseIfFrozenAsync(AccountsDbContext db, Guid userId, string field, CancellationToken cancellationToken)
    {
        if (await db.Profiles.AnyAsync(p => p.UserId == userId && p.GroupFrozenFor != null, cancellationToken))
        {
            throw new RequestValidationException([new ValidationFailure(
                field, "Your group is confirmed for an appointment, so its details cannot change. If something in the record is wrong, ask for a correction in a message to the officers, or cancel the appointment first.")]);
        }
    }
}
