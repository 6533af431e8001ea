using Border.Cases.Contracts;
using Border.Cases.Data;
using Border.Cases.Rules;
using Border.Shared.Validation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Cases.Features.ResolveCheck;

/// <summary>The claiming officer resolves a check hit with a note; once none is open the case's checks read clear.</summary>
internal sealed class ResolveCheckHandler(CasesDbContext db, TimeProvider clock) : IRequestHandler<Contracts.ResolveCheck, bool>
{
    public async Task<bool> Handle(Contracts.ResolveCheck request, CancellationToken cancellationToken)
    {
        var @case = await db.Cases.SingleOrDefaultAsync(c => c.Id == request.CaseId, cancellationToken);
        var check = @case is null ? null : await db.CheckResults.SingleOrDefaultAsync(c => c.Id == request.CheckId && c.CaseId == @case.Id, cancellationToken);
        if (@case is null || check is null)
        {
            return false;
        }

        StaffCase.RefuseUnlessClaimedBy(@case, request.StaffId);
        if (!check.Hit || check.ResolvedAt is not null)
        {
            throw Refusal.Of(new ValidationFailure("Check", "This check has nothing left to resolve."));
        }

        var note = request.Note?.Trim() ?? "";
        if (note.Length == 0)
        {
            throw Refusal.Of(new ValidationFailure(nameof(request.Note), "Write how you resolved this check."));
        }

        if (note.Length > Contracts.ResolveCheck.NoteMaxLength)
        {
            throw Refusal.Of(new ValidationFailure(nameof(request.Note), "The note must be at most {0} characters.", Contracts.ResolveCheck.NoteMaxLength));
        }

        var now = clock.GetUtcNow();
        check.ResolvedBy = request.StaffId;
        check.ResolvedAt = now;
        check.ResolutionNote = note;
        var open = await db.CheckResults.CountAsync(c => c.CaseId == @case.Id && c.Hit && c.ResolvedAt == null && c.Id != check.Id, cancellationToken);
        if (open == 0)
        {
            @case.Checks = ChecksStatus.Clear;
        }

        CaseHistory.Record(db, @case, CaseEventKind.CheckResolved, request.StaffId, now, note, after: new { check.Id, Check = check.Check.ToString(), Note = note });
        await StaffCase.SaveAsync(db, cancellationToken);
        return true;
    }
}
