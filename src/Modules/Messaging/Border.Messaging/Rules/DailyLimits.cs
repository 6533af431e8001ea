using Border.Messaging.Data;
using Border.Shared.Validation;
using Microsoft.EntityFrameworkCore;

namespace Border.Messaging.Rules;

/// <summary>What an applicant may send in 24 hours (MessagingOptions), counted from their own rows.</summary>
internal static class DailyLimits
{
    public static async Task RefuseOverAsync(
        MessagingDbContext db, MessagingOptions options, Guid userId, bool newConversation, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var since = now.AddDays(-1);
        if (newConversation
            && await db.Conversations.CountAsync(c => c.ApplicantId == userId && c.CreatedAt > since, cancellationToken) >= options.ConversationsPerDay)
        {
            throw Refusal.Of(new ValidationFailure("Subject", "You can start at most {0} conversations a day. Try again tomorrow, or write in one you already have.", options.ConversationsPerDay));
        }

        if (await db.Messages.CountAsync(m => m.AuthorId == userId && m.SentAt > since, cancellationToken) >= options.MessagesPerDay)
        {
            throw Refusal.Of(new ValidationFailure("Body", "You can send at most {0} messages a day. Try again tomorrow.", options.MessagesPerDay));
        }
    }
}
