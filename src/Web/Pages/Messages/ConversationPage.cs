using Border.Cases.Contracts;
using Border.Messaging.Contracts;

namespace Border.Web.Pages.Messages;

/// <summary>
/// What the conversation partial shows: the messages, where its links go, and the reader's time zone; for an officer,
/// the applicant's cases that ask for documents, into which an applicant's file can be filed.
/// </summary>
public sealed record ConversationPage(ConversationView Conversation, string BasePath, string TimeZone, bool ForStaff)
{
    public IReadOnlyList<CaseAwaitingDocuments> FileInto { get; init; } = [];
}
