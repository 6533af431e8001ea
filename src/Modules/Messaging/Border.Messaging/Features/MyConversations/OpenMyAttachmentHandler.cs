using Border.Messaging.Contracts;
using Border.Messaging.Data;
using Border.Messaging.Rules;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Messaging.Features.MyConversations;

internal sealed class OpenMyAttachmentHandler(MessagingDbContext db, Attachments attachments) : IRequestHandler<OpenMyAttachment, AttachmentFile?>
{
    public async Task<AttachmentFile?> Handle(OpenMyAttachment request, CancellationToken cancellationToken) =>
        await db.Conversations.AnyAsync(c => c.Id == request.ConversationId && c.ApplicantId == request.UserId, cancellationToken)
            ? await attachments.ReadAsync(request.ConversationId, request.AttachmentId, cancellationToken)
            : null;
}
