using Border.Messaging.Data;
using Border.Notifications.Contracts;
using Border.Shared.Outbox;

namespace Border.Messaging.Rules;

/// <summary>
/// Tells the applicant there is a new message, through the outbox in the same save: the inbox and an email that
/// link to the conversation. Only the case's receipt number goes along, never the message's text.
/// </summary>
internal static class Telling
{
    public static void Applicant(MessagingDbContext db, Conversation conversation, DateTimeOffset now)
    {
        var (kind, arguments) = conversation.Reference is { } reference
            ? (NotificationKinds.NewMessage, new Dictionary<string, NotificationArgument> { [NotificationArguments.ReferenceNumber] = NotificationArgument.Of(reference) })
            : (NotificationKinds.NewMessageNoCase, new Dictionary<string, NotificationArgument>());
        db.AddIntegrationEvent(new NotificationRequested(Guid.CreateVersion7(now), now, conversation.ApplicantId, kind, arguments, $"/messages/{conversation.Id}"));
    }
}
