using Border.Cases.Contracts;
using Border.Cases.Data;
using Border.Cases.Files;
using Border.Cases.Rules;
using Border.Shared.Audit;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Cases.Features.CaseFiles;

/// <summary>
/// A staff member opens one of a case's files. The file is looked up with its case, so another case's file is not
/// found; every opening is audited with the file it was, before the bytes are returned.
/// </summary>
internal sealed class OpenCaseFileHandler(CasesDbContext db, ICaseFileContents files, TimeProvider clock) : IRequestHandler<OpenCaseFile, CaseFile?>
{
    public const string FileViewedAction = CaseAuditActions.FileViewed;

    public async Task<CaseFile?> Handle(OpenCaseFile request, CancellationToken cancellationToken)
    {
        var found = await db.Documents.AsNoTracking()
            .Where(d => d.Id == request.FileId && d.CaseId == request.CaseId)
            .Join(db.Cases.Where(c => c.State != CaseState.Draft && c.State != CaseState.Discarded), d => d.CaseId, c => c.Id, (d, c) => new { Document = d, Case = c })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null || await files.ReadAsync(found.Document.Id, cancellationToken) is not { } content)
        {
            return null;
        }

        db.AddAuditEntry(clock.GetUtcNow(), request.StaffId, found.Case.ApplicantId, FileViewedAction,
            after: new { CaseId = found.Case.Id, found.Case.Receipt, FileId = found.Document.Id, found.Document.ContentType });
        await db.SaveChangesAsync(cancellationToken);
        return new CaseFile(content, found.Document.ContentType, CaseFileNames.For(found.Case, found.Document));
    }
}
