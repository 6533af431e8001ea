using Border.Cases.Contracts;
using Border.Cases.Data;
using Border.Cases.Rules;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Cases.Features.StartCase;

/// <summary>A new draft, or the applicant's draft of that kind already started: one draft per kind, never a pile of them.</summary>
internal sealed class StartCaseHandler(CasesDbContext db, TimeProvider clock) : IRequestHandler<Contracts.StartCase, Guid>
{
    public async Task<Guid> Handle(Contracts.StartCase request, CancellationToken cancellationToken)
    {
        var draft = await db.Cases.AsNoTracking()
            .Where(c => c.ApplicantId == request.UserId && c.Kind == request.Kind && c.State == CaseState.Draft)
            .Select(c => (Guid?)c.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (draft is { } id)
        {
            return id;
        }

        var now = clock.GetUtcNow();
        var @case = new Case
        {
            Id = Guid.CreateVersion7(now),
            Kind = request.Kind,
            ApplicantId = request.UserId,
            State = CaseState.Draft,
            CreatedAt = now,
            UpdatedAt = now,
        };
        @case.QueueAt = QueueOrder.KeyOf(@case);
        db.Cases.Add(@case);
        CaseHistory.Record(db, @case, CaseEventKind.Started, request.UserId, now);
        await db.SaveChangesAsync(cancellationToken);
        return @case.Id;
    }
}
