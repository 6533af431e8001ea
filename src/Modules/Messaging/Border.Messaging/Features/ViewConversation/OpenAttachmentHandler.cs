using Border.Messaging.Contracts;
using Border.Messaging.Data;
using Border.Messaging.Rules;
using Border.Shared.Audit;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Messaging.Features.ViewConversation;

/// <summary>An attachment as an officer opens it; audited before the bytes are returned.</summary>
internal sealed class OpenAttachmentHandler(MessagingDbContext db, Attachments attachments, TimeProvider clock) : IRequestHandler<OpenAttachment, AttachmentFile?>
{
    public async Task<AttachmentFile?> Handle(OpenAttachment request, CancellationToken cancellationToken)
    {
        var applicant = await db.Conversations.Where(c => c.Id == request.ConversationId).Select(c => (Guid?)c.ApplicantId).SingleOrDefaultAsync(cancellationToken);
        var file = applicant is null ? null : await attachments.ReadAsync(request.ConversationId, request.AttachmentId, cancellationToken);
        if (file is null)
        {
            return null;
        }

        db.AddAuditEntry(
            clock.GetUtcNow(), request.StaffId, applicant, MessagingAuditActions.AttachmentOpened, after: new { ConversationId = request.ConversationId, AttachmentId = request.AttachmentId });
        await db.SaveChangesAsync(cancellationToken);
        return file;
    }
}
