using Border.Messaging.Contracts;
using Border.Messaging.Data;
using Border.Shared.Uploads;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Border.Messaging.Rules;

/// <summary>
/// A message's file goes through the shared upload service (first bytes, size, pixel limits, metadata stripped) and
/// is encrypted with the shared key ring before it reaches the database.
/// </summary>
internal sealed class Attachments(MessagingDbContext db, UploadService uploads, IDataProtectionProvider provider)
{
    public const string Field = "File";

    private readonly IDataProtector protector = provider.CreateProtector("Border.Messaging.Attachments.v1");

    /// <summary>Checks the file before anything is saved, so a refused file loses nothing typed.</summary>
    public async Task<CheckedUpload?> CheckAsync(MessageFile? file, CancellationToken cancellationToken) =>
        file?.Content is null || file.Length == 0
            ? null
            : await uploads.CheckAsync(file.Content, file.Length, Field, allowPdf: true, cancellationToken);

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
