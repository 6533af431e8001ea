using Border.Cases.Contracts;
using Border.Cases.Data;
using Border.Shared.Audit;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Cases.Features.FileFromMessage;

/// <summary>The applicant's cases an officer could file a message's file into; what an officer is shown is audited.</summary>
internal sealed class ListCasesAwaitingDocumentsHandler(CasesDbContext db, TimeProvider clock)
    : IRequestHandler<ListCasesAwaitingDocuments, IReadOnlyList<CaseAwaitingDocuments>>
{
    public const string AuditAction = CaseAuditActions.AwaitingDocumentsListed;

    public async Task<IReadOnlyList<CaseAwaitingDocuments>> Handle(ListCasesAwaitingDocuments request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var open = await db.Cases.AsNoTracking()
            .Where(c => c.ApplicantId == request.ApplicantId && c.State == CaseState.DocumentsRequested && c.Receipt != null)
            .Join(
                db.DocumentRequests.Where(r => r.AnsweredAt == null && r.ClosedAt == null && r.DueAt >= now),
                c => c.Id,
                r => r.CaseId,
                (c, r) => new { CaseId = c.Id, c.Receipt, r.What, r.DueAt })
            .OrderBy(c => c.DueAt)
            .ToListAsync(cancellationToken);
        var cases = open.Select(c => new CaseAwaitingDocuments(c.CaseId, c.Receipt!, c.What, c.DueAt)).ToList();
        if (cases.Count > 0)
        {
            db.AddAuditEntry(now, request.StaffId, request.ApplicantId, AuditAction, after: new { Cases = cases.Select(c => c.CaseId) });
            await db.SaveChangesAsync(cancellationToken);
        }

        return cases;
    }
}
