using Border.Messaging.Contracts;
using Border.Messaging.Data;
using Microsoft.EntityFrameworkCore;

namespace Border.Messaging.Rules;

/// <summary>One page of a conversation, newest first, from a message on ("older messages"): a keyset, so any page is one index range.</summary>
internal static class ConversationPages
{
    public static async Task<ConversationView> ReadAsync(
        MessagingDbContext db, OfficerLabels officers, Conversation c, Guid? before, CancellationToken cancellationToken)
    {
        var messages = db.Messages.AsNoTracking().Where(m => m.ConversationId == c.Id);
        var position = before is { } id
            ? await messages.Where(m => m.Id == id).Select(m => new { m.SentAt, m.Id }).SingleOrDefaultAsync(cancellationToken)
            : null;
        if (position is not null)
        {
            messages = messages.Where(m => m.SentAt <= position.SentAt && (m.SentAt < position.SentAt || m.Id < position.Id));
        }

        var rows = await messages
            .OrderByDescending(m => m.SentAt).ThenByDescending(m => m.Id)
            .Take(MessageLimits.PageSize + 1)
            .Select(m => new { m.Id, m.FromStaff, m.AuthorId, m.Body, m.SentAt })
            .ToListAsync(cancellationToken);
        var page = rows.Take(MessageLimits.PageSize).ToList();
        var ids = page.Select(m => m.Id).ToList();
        var attachments = (await db.Attachments.AsNoTracking()
                .Where(a => a.ConversationId == c.Id && ids.Contains(a.MessageId))
                .OrderBy(a => a.Id)
                .Select(a => new { a.MessageId, View = new AttachmentView(a.Id, a.ContentType, a.Length) })
                .ToListAsync(cancellationToken))
            .ToLookup(a => a.MessageId, a => a.View);
        var names = await officers.ForAsync([.. page.Where(m => m.FromStaff).Select(m => m.AuthorId).Distinct()], cancellationToken);
        return new ConversationView(
            c.Id, c.ApplicantId, c.Topic, c.CaseId, c.Reference, c.PortCode, c.Subject, c.State, c.AssignedTo, c.CreatedAt, c.ClosedAt,
            [.. page.Select(m => new MessageView(m.Id, m.FromStaff, m.Body, m.SentAt, [.. attachments[m.Id]], m.FromStaff ? names.GetValueOrDefault(m.AuthorId) : null))],
            rows.Count > MessageLimits.PageSize ? page[^1].Id : null,
            position is not null);
    }
}
