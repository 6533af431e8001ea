using Border.Messaging.Data;
using Border.Shared.Uploads;

namespace Border.Messaging.Rules;

/// <summary>Adds a message (and its checked files) to a conversation and moves its last activity.</summary>
internal static class Sending
{
    public static Message Add(
        MessagingDbContext db, Attachments attachments, Conversation conversation, Guid authorId, bool fromStaff, string body, IReadOnlyList<CheckedUpload> files, DateTimeOffset now)
    {
        var message = new Message { Id = Guid.CreateVersion7(now), ConversationId = conversation.Id, AuthorId = authorId, FromStaff = fromStaff, Body = body, SentAt = now };
        db.Messages.Add(message);
        foreach (var file in files)
        {
            attachments.Add(file, conversation.Id, message.Id, now);
        }

        conversation.LastActivityAt = now;
        return message;
    }
}
