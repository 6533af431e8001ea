using Border.Cases.Contracts;
using Border.Cases.Data;
using Border.Cases.Rules;
using Border.Shared.References;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Cases.Features.PublicStatus;

/// <summary>
/// The state of a case for anyone holding its receipt and the applicant's date of birth. One query asks for both,
/// so a wrong number and a wrong birth date are the same "not found".
/// </summary>
internal sealed class GetPublicCaseStatusHandler(CasesDbContext db) : IRequestHandler<GetPublicCaseStatus, PublicCaseStatus?>
{
    public async Task<PublicCaseStatus?> Handle(GetPublicCaseStatus request, CancellationToken cancellationToken)
    {
        var receipt = ReferenceCodes.ParseChecked(request.Receipt, Receipts.Prefix);
        if (receipt is null || request.BirthDate is not { } birthDate)
        {
            return null;
        }

        var found = await db.Cases.AsNoTracking()
            .Where(c => c.Receipt == receipt && c.ApplicantBirthDate == birthDate)
            .Select(c => new { c.Kind, c.State })
            .SingleOrDefaultAsync(cancellationToken);
        return found is null ? null : new PublicCaseStatus(receipt, found.Kind, found.State, CaseTexts.State(found.State), CaseTexts.NextStep(found.State));
    }
}
