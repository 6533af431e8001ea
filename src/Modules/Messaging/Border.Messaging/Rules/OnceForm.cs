using Border.Messaging.Contracts;
using Border.Messaging.Data;
using Border.Shared.Validation;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Border.Messaging.Rules;

/// <summary>
/// A message form sent twice (a weak connection, a double tap) makes one message: its one-time key is saved with the
/// message, so the second POST finds the first result, or, when both arrive at once, waits on the key's primary key
/// and then finds it.
/// </summary>
internal static class OnceForm
{
    public static Task<MessageSent?> EarlierAsync(MessagingDbContext db, Guid userId, Guid key, CancellationToken cancellationToken) =>
        db.FormKeys.AsNoTracking()
            .Where(k => k.Key == key && k.UserId == userId)
            .Select(k => new MessageSent(k.ConversationId, k.MessageId))
            .SingleOrDefaultAsync(cancellationToken)!;

    /// <summary>Saves the message with its key; when another POST of the same form saved first, its result.</summary>
    public static async Task<MessageSent> SaveAsync(
        MessagingDbContext db, Guid userId, Guid key, MessageSent sent, DateTimeOffset now, CancellationToken cancellationToken)
    {
        db.FormKeys.Add(new FormKey { Key = key, UserId = userId, ConversationId = sent.ConversationId, MessageId = sent.MessageId, UsedAt = now });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return sent;
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: "pk_form_keys" })
        {
            db.ChangeTracker.Clear();
            return await EarlierAsync(db, userId, key, cancellationToken)
                ?? throw Refusal.Of(new ValidationFailure("Body", "This form was already used. Open the conversation again and write your message."));
        }
    }
}
