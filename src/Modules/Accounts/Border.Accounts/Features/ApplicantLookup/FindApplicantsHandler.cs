using Border.Accounts.Contracts.Profile;
using Border.Accounts.Data;
using Border.Shared.Audit;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Accounts.Features.ApplicantLookup;

internal sealed class FindApplicantsHandler(AccountsDbContext db, TimeProvider clock) : IRequestHandler<FindApplicants, IReadOnlyList<ApplicantMatch>>
{
    private const int Limit = 50;

    public async Task<IReadOnlyList<ApplicantMatch>> Handle(FindApplicants request, CancellationToken cancellationToken)
    {
        var query = request.Query?.Trim();
        if (string.IsNullOrEmpty(query) || query.Length < 3)
        {
            return [];
        }

        var pattern = $"%{query.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_")}%";
        var upper = query.ToUpperInvariant();
        var matches = await (
            from user in db.Users
            join profile in db.Profiles on user.Id equals profile.UserId into profiles
            from profile in profiles.DefaultIfEmpty()
            where user.ClosedAt == null
                && db.UserRoles.Any(r => r.UserId == user.Id && r.RoleId == RoleSeed.ApplicantRoleId)
                && (user.NormalizedEmail == upper
                    || EF.Functions.ILike(profile.FullName!, pattern)
                    || db.IdentityDocuments.Any(d => d.OwnerId == user.Id && d.Number == upper))
            orderby profile.FullName, user.Email
            select new ApplicantMatch(
                user.Id, user.Email!, profile.FullName, profile.DateOfBirth, 1 + db.GroupMembers.Count(m => m.OwnerId == user.Id)))
            .Take(Limit)
            .ToListAsync(cancellationToken);

        // What was searched for is itself personal data: the log shows who looked for whom.
        db.AddAuditEntry(clock.GetUtcNow(), request.StaffId, null, AuditActions.ApplicantSearched, after: new { query, found = matches.Count });
        await db.SaveChangesAsync(cancellationToken);
        return matches;
    }
}
