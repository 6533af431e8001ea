using Border.Messaging.Contracts;

namespace Border.Web.Pages.Messages;

/// <summary>What the conversation partial shows: the messages, where its links go, and the reader's time zone.</summary>
public sealed record ConversationPage(ConversationView Conversation, string BasePath, string TimeZone, bool ForStaff);
