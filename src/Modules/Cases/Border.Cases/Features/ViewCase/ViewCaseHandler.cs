using Border.Cases.Contracts;
using Border.Cases.Data;
using Border.Cases.Rules;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Cases.Features.ViewCase;

/// <summary>A case as staff read it. Every read is audited before the case is returned.</summary>
internal sealed class ViewCaseHandler(CasesDbContext db, TimeProvider clock) : IRequestHandler<Contracts.ViewCase, StaffCaseView?>
{
    public async Task<StaffCaseView?> Handle(Contracts.ViewCase request, CancellationToken cancellationToken)
    {
        var @case = await db.Cases.AsNoTracking()
            .SingleOrDefaultAsync(c => c.Id == request.CaseId && c.State != CaseState.Draft && c.State != CaseState.Discarded, cancellationToken);
        if (@case is null)
        {
            return null;
        }

        CaseHistory.Record(db, @case, CaseEventKind.Viewed, request.StaffId, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);

        var details = await CaseDetails.LoadAsync(db, @case.Id, cancellationToken);
        var checks = await db.CheckResults.AsNoTracking()
            .Where(c => c.CaseId == @case.Id)
            .OrderBy(c => c.Check).ThenBy(c => c.Id)
            .Select(c => new CheckResultView(c.Id, c.Check, c.TravellerId, c.Hit, c.Explanation, c.Arguments, c.Score, c.RanAt, c.ResolvedBy, c.ResolutionNote))
            .ToListAsync(cancellationToken);
        var files = await db.Documents.AsNoTracking()
            .Where(d => d.CaseId == @case.Id)
            .OrderBy(d => d.StoredAt).ThenBy(d => d.Id)
            .Select(d => new CaseFileView(d.Id, d.DocumentKey, d.DocumentRequestId, d.AppealId, d.ContentType, d.Length, d.StoredAt))
            .ToListAsync(cancellationToken);
        return new StaffCaseView(
            @case.Id,
            @case.Kind,
            @case.State,
            @case.Receipt,
            @case.ApplicantId,
            @case.TravellerIds,
            @case.PortCode,
            @case.AppointmentAt,
            @case.Answers,
            @case.ClaimedBy,
            @case.Version,
            checks,
            details.History(forApplicant: false),
            details.DocumentRequests,
            details.DecisionView,
            details.AppealView,
            details.Decision?.OfficerId,
            files)
        {
            LostAppointment = LostAppointments.Of(@case),
        };
    }
}
