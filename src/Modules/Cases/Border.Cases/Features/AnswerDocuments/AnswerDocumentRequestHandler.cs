using Border.Cases.Contracts;
using Border.Cases.Data;
using Border.Cases.Files;
using Border.Cases.Rules;
using Border.Shared.Uploads;
using Border.Shared.Validation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Cases.Features.AnswerDocuments;

/// <summary>
/// The applicant answers an officer's request with a note and a file before its deadline. The case returns to
/// review, still claimed by the officer who asked, and its checks run again.
/// </summary>
internal sealed class AnswerDocumentRequestHandler(CasesDbContext db, ICaseFileContents files, UploadService uploads, TimeProvider clock)
    : IRequestHandler<AnswerDocumentRequest, bool>
{
    public async Task<bool> Handle(AnswerDocumentRequest request, CancellationToken cancellationToken)
    {
        var @case = await OwnCase.FindAsync(db, request.UserId, request.CaseId, cancellationToken);
        var documentRequest = @case is null
            ? null
            : await db.DocumentRequests.SingleOrDefaultAsync(r => r.Id == request.RequestId && r.CaseId == @case.Id, cancellationToken);
        if (@case is null || documentRequest is null)
        {
            return false;
        }

        var now = clock.GetUtcNow();
        if (@case.State != CaseState.DocumentsRequested || documentRequest.AnsweredAt is not null || documentRequest.ClosedAt is not null)
        {
            throw Refusal.Of(new ValidationFailure("Case", "This request for documents is no longer open."));
        }

        if (now > documentRequest.DueAt)
        {
            throw Refusal.Of(new ValidationFailure("Case", "The deadline to send these documents has passed."));
        }

        var note = request.Note?.Trim();
        if (note?.Length > AnswerDocumentRequest.NoteMaxLength)
        {
            throw Refusal.Of(new ValidationFailure(nameof(request.Note), "The note must be at most {0} characters.", AnswerDocumentRequest.NoteMaxLength));
        }

        if (string.IsNullOrEmpty(note) && request.File?.Content is null)
        {
            throw Refusal.Of(new ValidationFailure(nameof(request.File), "Add the document the officer asked for, or a note saying why you cannot."));
        }

        if (request.File?.Content is not null)
        {
            var upload = await uploads.CheckAsync(request.File.Content, request.File.Length, nameof(request.File), allowPdf: true, cancellationToken);
            var (content, contentType) = (upload.Original, upload.ContentType);
            db.Documents.Add(new CaseDocument
            {
                Id = files.Add(content, now),
                CaseId = @case.Id,
                DocumentRequestId = documentRequest.Id,
                ContentType = contentType,
                Length = content.Length,
                StoredAt = now,
            });
        }

        DocumentAnswers.Answer(db, @case, documentRequest, note, request.UserId, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw Refusal.Of(new ValidationFailure("Case", "This request for documents is no longer open."));
        }

        return true;
    }
}
