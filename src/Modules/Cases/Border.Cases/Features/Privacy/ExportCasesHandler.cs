using Border.Cases.Contracts;
using Border.Cases.Data;
using Border.Cases.Files;
using Border.Cases.Rules;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Cases.Features.Privacy;

/// <summary>Every case the person started, as they see it (history without the officers' own lines), and every file they sent, decrypted.</summary>
internal sealed class ExportCasesHandler(CasesDbContext db, ICaseFileContents contents) : IRequestHandler<ExportCases, CasesExport>
{
    public async Task<CasesExport> Handle(ExportCases request, CancellationToken cancellationToken)
    {
        var cases = await db.Cases.AsNoTracking()
            .Where(c => c.ApplicantId == request.UserId)
            .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
            .ToListAsync(cancellationToken);
        var ids = cases.Select(c => c.Id).ToList();
        var documents = await db.Documents.AsNoTracking()
            .Where(d => ids.Contains(d.CaseId))
            .OrderBy(d => d.StoredAt).ThenBy(d => d.Id)
            .ToListAsync(cancellationToken);

        var exported = new List<ExportedCase>();
        var files = new List<CaseFile>();
        foreach (var @case in cases)
        {
            var details = await CaseDetails.LoadAsync(db, @case.Id, cancellationToken);
            var names = new List<string>();
            foreach (var document in documents.Where(d => d.CaseId == @case.Id))
            {
                if (await contents.ReadAsync(document.Id, cancellationToken) is { } content)
                {
                    var name = CaseFileNames.For(@case, document);
                    names.Add(name);
                    files.Add(new CaseFile(content, document.ContentType, name));
                }
            }

            exported.Add(new ExportedCase(
                @case.Id, @case.Kind.ToString(), @case.State.ToString(), @case.Receipt, @case.CreatedAt, @case.SubmittedAt, @case.Answers,
                details.History(forApplicant: true), details.DocumentRequests, details.DecisionView, details.AppealView, names));
        }

        return new CasesExport(exported, files);
    }
}
