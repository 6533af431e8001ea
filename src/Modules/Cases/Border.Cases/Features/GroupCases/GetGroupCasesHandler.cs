using Border.Cases.Contracts;
using Border.Cases.Contracts.Catalogue;
using Border.Cases.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Cases.Features.GroupCases;

internal sealed class GetGroupCasesHandler(CasesDbContext db) : IRequestHandler<GetGroupCases, Contracts.GroupCases>
{
    public async Task<Contracts.GroupCases> Handle(GetGroupCases request, CancellationToken cancellationToken)
    {
        var cases = await db.Cases.AsNoTracking()
            .Where(c => c.ApplicantId == request.ApplicantId && c.State != CaseState.Discarded)
            .OrderByDescending(c => c.CreatedAt)
            .Select(c => new { c.Id, c.Kind, c.State, c.Receipt, c.Answers })
            .ToListAsync(cancellationToken);

        var advance = cases.FirstOrDefault(c => c.Kind == CaseKind.AdvanceInformation && c.State != CaseState.Draft);
        var correction = cases.FirstOrDefault(c => c.Kind == CaseKind.RecordCorrection
            && c.State is CaseState.Draft or CaseState.Submitted or CaseState.DocumentsRequested or CaseState.Appealed);
        var accommodations = cases
            .Where(c => c.Kind == CaseKind.PortAccommodation && c.State == CaseState.Approved)
            .Select(c => new ApprovedAccommodation(
                c.Id, c.Receipt ?? string.Empty, c.Answers.GetValueOrDefault("need") ?? "other", Blank(c.Answers.GetValueOrDefault("language")),
                c.Answers.GetValueOrDefault("person") ?? string.Empty, c.Answers.GetValueOrDefault("details") ?? string.Empty))
            .ToList();
        return new Contracts.GroupCases(
            advance is null ? null : new GroupCase(advance.Id, advance.Receipt, advance.State),
            accommodations,
            correction is null ? null : new GroupCase(correction.Id, correction.Receipt, correction.State));
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
