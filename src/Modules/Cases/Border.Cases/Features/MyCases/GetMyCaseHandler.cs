using Border.Cases.Contracts;
using Border.Cases.Data;
using Border.Cases.Rules;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Cases.Features.MyCases;

internal sealed class GetMyCaseHandler(CasesDbContext db, TimeProvider clock) : IRequestHandler<GetMyCase, CaseView?>
{
    public async Task<CaseView?> Handle(GetMyCase request, CancellationToken cancellationToken)
    {
        var @case = await db.Cases.AsNoTracking()
            .SingleOrDefaultAsync(c => c.Id == request.CaseId && c.ApplicantId == request.UserId && c.State != CaseState.Discarded, cancellationToken);
        if (@case is null)
        {
            return null;
        }

        var details = await CaseDetails.LoadAsync(db, @case.Id, cancellationToken);
        return new CaseView(
            @case.Id,
            @case.Kind,
            @case.State,
            CaseTexts.State(@case.State),
            CaseTexts.NextStep(@case.State),
            @case.Receipt,
            @case.Answers,
            @case.CreatedAt,
            @case.SubmittedAt,
            details.History(forApplicant: true),
            details.DocumentRequests,
            details.DecisionView,
            details.AppealView,
            Transitions.CanWithdraw(@case.State),
            details.CanAppeal(@case, clock.GetUtcNow()))
        {
            Documents = await db.Documents.AsNoTracking()
                .Where(d => d.CaseId == @case.Id && d.DocumentKey != null)
                .OrderBy(d => d.StoredAt)
                .Select(d => d.DocumentKey!)
                .ToListAsync(cancellationToken),
            LostAppointment = Transitions.AwaitingDecision.Contains(@case.State) ? LostAppointments.Of(@case) : null,
        };
    }
}
