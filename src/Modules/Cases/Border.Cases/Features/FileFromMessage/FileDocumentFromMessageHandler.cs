using Border.Cases.Contracts;
using Border.Cases.Data;
using Border.Cases.Files;
using Border.Cases.Rules;
using Border.Shared.Uploads;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Cases.Features.FileFromMessage;

/// <summary>
/// A file the applicant sent in a message answers their case's open request for documents. The document keeps its
/// source's id, so the primary key files it once even when two officers press at the same moment.
/// </summary>
internal sealed class FileDocumentFromMessageHandler(CasesDbContext db, ICaseFileContents files, TimeProvider clock)
    : IRequestHandler<FileDocumentFromMessage, DocumentFiling>
{
    public async Task<DocumentFiling> Handle(FileDocumentFromMessage request, CancellationToken cancellationToken)
    {
        if (request.ContentType is not (FileKinds.Jpeg or FileKinds.Png or FileKinds.Pdf) || request.Content.Length == 0)
        {
            throw new ArgumentException("Only a file the upload service accepted can be filed.", nameof(request));
        }

        var @case = await OwnCase.FindAsync(db, request.ApplicantId, request.CaseId, cancellationToken);
        if (@case is null)
        {
            return DocumentFiling.NotFound;
        }

        // The request is read before the file is looked for: a filing of this file that finishes in between has
        // answered the request, and is then found as filed rather than reported as no request.
        var now = clock.GetUtcNow();
        var documentRequest = await DocumentAnswers.OpenRequestAsync(db, @case, now, cancellationToken);
        if (await AlreadyFiledAsync(request.SourceId, cancellationToken))
        {
            return DocumentFiling.AlreadyFiled;
        }

        if (documentRequest is null)
        {
            return DocumentFiling.NoOpenRequest;
        }

        files.Add(request.SourceId, request.Content);
        db.Documents.Add(new CaseDocument
        {
            Id = request.SourceId,
            CaseId = @case.Id,
            DocumentRequestId = documentRequest.Id,
            ContentType = request.ContentType,
            Length = request.Content.Length,
            StoredAt = now,
        });
        DocumentAnswers.Answer(db, @case, documentRequest, note: null, request.StaffId, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return DocumentFiling.Filed;
        }
        catch (DbUpdateException)
        {
            // Another filing won: of this same file (its id is taken) or of another file (the case changed under us).
            db.ChangeTracker.Clear();
            return await AlreadyFiledAsync(request.SourceId, cancellationToken) ? DocumentFiling.AlreadyFiled : DocumentFiling.NoOpenRequest;
        }
    }

    private Task<bool> AlreadyFiledAsync(Guid sourceId, CancellationToken cancellationToken) =>
        db.Documents.AnyAsync(d => d.Id == sourceId, cancellationToken);
}
