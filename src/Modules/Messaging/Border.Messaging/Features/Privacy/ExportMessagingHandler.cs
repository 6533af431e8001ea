using Border.Messaging.Contracts;
using Border.Messaging.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Messaging.Features.Privacy;

/// <summary>The person's conversations, through their own id, oldest first, each with its messages in order.</summary>
internal sealed class ExportMessagingHandler(MessagingDbContext db) : IRequestHandler<ExportMessaging, MessagingExport>
{
    public async Task<MessagingExport> Handle(ExportMessaging request, CancellationToken cancellationToken)
    {
        var conversations = await db.Conversations.AsNoTracking()
            .Where(c => c.ApplicantId == request.UserId)
            .OrderBy(c => c.CreatedAt)
            .ToListAsync(cancellationToken);
        var ids = conversations.Select(c => c.Id).ToList();
        var messages = await db.Messages.AsNoTracking()
            .Where(m => ids.Contains(m.ConversationId))
            .OrderBy(m => m.SentAt).ThenBy(m => m.Id)
            .Select(m => new
            {
                m.ConversationId,
                Message = new ExportedMessage(m.FromStaff, m.Body, m.SentAt, db.Attachments.Count(a => a.MessageId == m.Id)),
            })
            .ToListAsync(cancellationToken);
        var byConversation = messages.ToLookup(m => m.ConversationId, m => m.Message);
        return new MessagingExport(
        [
            .. conversations.Select(c => new ExportedConversation(
                c.Subject, c.Topic, c.Reference, c.PortCode, c.State, c.CreatedAt, c.ClosedAt, [.. byConversation[c.Id]])),
        ]);
    }
}
