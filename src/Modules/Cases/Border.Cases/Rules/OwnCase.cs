using Border.Cases.Data;
using Microsoft.EntityFrameworkCore;

namespace Border.Cases.Rules;

/// <summary>An applicant's case is always loaded through their own id: another applicant's id finds nothing.</summary>
internal static class OwnCase
{
    public static Task<Case?> FindAsync(CasesDbContext db, Guid userId, Guid caseId, CancellationToken cancellationToken) =>
        db.Cases.SingleOrDefaultAsync(c => c.Id == caseId && c.ApplicantId == userId, cancellationToken);
}
