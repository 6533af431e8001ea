using Border.Cases.Contracts;
using Border.Cases.Contracts.Catalogue;
using Border.Cases.Data;
using Border.Cases.Rules;
using Border.Shared.Validation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Cases.Features.SaveAnswers;

/// <summary>One page of answers saved at once, so a dropped connection loses nothing typed on the pages before.</summary>
internal sealed class SaveCaseAnswersHandler(CasesDbContext db, TimeProvider clock) : IRequestHandler<SaveCaseAnswers, bool>
{
    public async Task<bool> Handle(SaveCaseAnswers request, CancellationToken cancellationToken)
    {
        var @case = await OwnCase.FindAsync(db, request.UserId, request.CaseId, cancellationToken);
        if (@case is null || @case.State == CaseState.Discarded)
        {
            return false;
        }

        if (@case.State != CaseState.Draft)
        {
            throw Refusal.Of(new ValidationFailure("Case", "This case was already sent, so its answers cannot change."));
        }

        @case.Answers = Answers.Merge(CaseCatalogue.For(@case.Kind), @case.Answers, request.Answers);
        @case.UpdatedAt = clock.GetUtcNow();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw Refusal.Of(new ValidationFailure("Case", "This case changed in another window. Open it again to see its answers."));
        }

        return true;
    }
}
