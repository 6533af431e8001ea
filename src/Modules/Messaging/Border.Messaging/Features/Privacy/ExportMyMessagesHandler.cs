using Border.Messaging.Contracts;
using Border.Messaging.Data;
using Border.Messaging.Rules;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Messaging.Features.Privacy;

/// <summary>Everything Messaging holds about the applicant: each conversation with its messages, oldest first, and its files.</summary>
internal sealed class ExportMyMessagesHandler(MessagingDbContext db, Attachments attachments) : IRequestHandler<ExportMyMessages, MessagesExport>
{
    public async Task<MessagesExport> Handle(ExportMyMessages request, CancellationToken cancellationToken)
    {
        var conversations = await db.Conversations.AsNoTracking()
            .Where(c => c.ApplicantId == request.UserId)
            .OrderBy(c => c.CreatedAt)
            .ToListAsync(cancellationToken);
        var ids = conversations.Select(c => c.Id).ToList();
        var messages = await db.Messages.AsNoTracking().Where(m => ids.Contains(m.ConversationId)).OrderBy(m => m.SentAt).ThenBy(m => m.Id).ToListAsync(cancellationToken);
        var files = new List<AttachmentFile>();
        var filesOfMessage = new Dictionary<Guid, List<string>>();
        var stored = await db.Attachments.AsNoTracking()
            .Where(a => ids.Contains(a.ConversationId))
            .OrderBy(a => a.Id)
            .Select(a => new { a.Id, a.ConversationId, a.MessageId })
            .ToListAsync(cancellationToken);
        foreach (var attachment in stored)
        {
            // One at a time, so the export never holds more ciphertext than one file's.
            if (await attachments.ReadAsync(attachment.ConversationId, attachment.Id, cancellationToken) is { } file)
            {
                files.Add(file);
                (filesOfMessage.TryGetValue(attachment.MessageId, out var names) ? names : filesOfMessage[attachment.MessageId] = []).Add(file.FileName);
            }
        }

        var exported = conversations.Select(c => new ExportedConversation(
            c.Topic, c.Reference, c.Subject, c.State, c.CreatedAt, c.ClosedAt,
            [.. messages.Where(m => m.ConversationId == c.Id).Select(m => new ExportedMessage(m.FromStaff, m.Body, m.SentAt, filesOfMessage.GetValueOrDefault(m.Id) ?? []))]));
        return new MessagesExport([.. exported], files);
    }
}
