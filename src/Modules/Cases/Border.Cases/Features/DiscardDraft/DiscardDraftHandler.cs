using Border.Cases.Contracts;
using Border.Cases.Data;
using Border.Cases.Rules;
using MediatR;

namespace Border.Cases.Features.DiscardDraft;

/// <summary>A draft nobody has seen is discarded and leaves the list; a sent case is withdrawn instead.</summary>
internal sealed class DiscardDraftHandler(CasesDbContext db, TimeProvider clock) : IRequestHandler<Contracts.DiscardDraft, bool>
{
    public async Task<bool> Handle(Contracts.DiscardDraft request, CancellationToken cancellationToken)
    {
        var @case = await OwnCase.FindAsync(db, request.UserId, request.CaseId, cancellationToken);
        if (@case is not { State: CaseState.Draft })
        {
            return false;
        }

        var now = clock.GetUtcNow();
        @case.State = CaseState.Discarded;
        @case.UpdatedAt = now;
        @case.ClosedAt = now;
        CaseHistory.Record(db, @case, CaseEventKind.Discarded, request.UserId, now);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
