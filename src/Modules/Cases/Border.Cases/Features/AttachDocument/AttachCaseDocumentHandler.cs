using Border.Cases.Contracts;
using Border.Cases.Contracts.Catalogue;
using Border.Cases.Data;
using Border.Cases.Files;
using Border.Cases.Rules;
using Border.Shared.Uploads;
using MediatR;

namespace Border.Cases.Features.AttachDocument;

/// <summary>One file for one of a draft's documents, checked by its first bytes and kept encrypted, like every upload.</summary>
internal sealed class AttachCaseDocumentHandler(CasesDbContext db, ICaseFileContents files, UploadService uploads, TimeProvider clock)
    : IRequestHandler<AttachCaseDocument, bool>
{
    public async Task<bool> Handle(AttachCaseDocument request, CancellationToken cancellationToken)
    {
        var @case = await OwnCase.FindAsync(db, request.UserId, request.CaseId, cancellationToken);
        if (@case is not { State: CaseState.Draft }
            || CaseCatalogue.For(@case.Kind).Documents.FirstOrDefault(d => d.Key == request.DocumentKey) is not { FromProfile: false })
        {
            return false;
        }

        var upload = await uploads.CheckAsync(request.File.Content, request.File.Length, "File", allowPdf: true, cancellationToken);
        var now = clock.GetUtcNow();
        db.Documents.Add(new CaseDocument
        {
            Id = files.Add(upload.Original, now),
            CaseId = @case.Id,
            DocumentKey = request.DocumentKey,
            ContentType = upload.ContentType,
            Length = upload.Original.Length,
            StoredAt = now,
        });
        @case.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
