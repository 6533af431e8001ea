using Border.Messaging.Contracts;
using Border.Messaging.Data;
using Border.Shared.Uploads;
using Border.Shared.Validation;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Border.Messaging.Rules;

/// <summary>
/// A message's file goes through the shared upload service (first bytes, size, pixel limits, metadata stripped) and
/// is encrypted with the shared key ring before it reaches the database.
/// </summary>
internal sealed class Attachments(MessagingDbContext db, UploadService uploads, IDataProtectionProvider provider)
{
    /// <summary>The field of the file at a place in the form, counted from one: "File1" to "File3".</summary>
    public static string Field(int place) => $"File{place}";

    private readonly IDataProtector protector = provider.CreateProtector("Border.Messaging.Attachments.v1");

    /// <summary>
    /// Checks every file before anything is saved, so a refused file loses nothing typed; a refusal names the file by
    /// its place in the form. Places left empty are skipped.
    /// </summary>
    public async Task<IReadOnlyList<CheckedUpload>> CheckAsync(IReadOnlyList<MessageFile>? files, CancellationToken cancellationToken)
    {
        var checkedFiles = new List<CheckedUpload>();
        for (var i = 0; i < (files?.Count ?? 0); i++)
        {
            var file = files![i];
            if (file.Content is null || file.Length == 0)
            {
                continue;
            }

            if (checkedFiles.Count == MessageLimits.FilesMaxCount)
            {
                throw Refusal.Of(new ValidationFailure(Field(i + 1), "Send at most {0} files with one message.", MessageLimits.FilesMaxCount));
            }

            checkedFiles.Add(await uploads.CheckAsync(file.Content, file.Length, Field(i + 1), allowPdf: true, cancellationToken));
        }

        return checkedFiles;
    }

    public void Add(CheckedUpload upload, Guid conversationId, Guid messageId, DateTimeOffset now) =>
        db.Attachments.Add(new Attachment
        {
            Id = Guid.CreateVersion7(now),
            ConversationId = conversationId,
            MessageId = messageId,
            ContentType = upload.ContentType,
            Length = upload.Original.Length,
            Ciphertext = protector.Protect(upload.Original),
        });

    public async Task<AttachmentFile?> ReadAsync(Guid conversationId, Guid attachmentId, CancellationToken cancellationToken)
    {
        var attachment = await db.Attachments.AsNoTracking()
            .SingleOrDefaultAsync(a => a.Id == attachmentId && a.ConversationId == conversationId, cancellationToken);
        if (attachment is null)
        {
            return null;
        }

        var extension = attachment.ContentType == FileKinds.Pdf ? "pdf" : attachment.ContentType == FileKinds.Png ? "png" : "jpg";
        return new AttachmentFile(attachment.ContentType, protector.Unprotect(attachment.Ciphertext), $"attachment-{attachment.Id:N}.{extension}");
    }
}
