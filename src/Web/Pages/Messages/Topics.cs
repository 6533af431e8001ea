using Border.Messaging.Contracts;

namespace Border.Web.Pages.Messages;

/// <summary>How a topic and a state read (English keys), for the applicant's and the officers' pages.</summary>
internal static class Topics
{
    public static string Name(ConversationTopic topic) => topic switch
    {
        ConversationTopic.Case => "About a case",
        ConversationTopic.Appointment => "About my appointment or request",
        _ => "A general question",
    };

    public static string StateForApplicant(ConversationState state) => state switch
    {
        ConversationState.WaitingOnApplicant => "Answered",
        ConversationState.Closed => "Closed",
        _ => "Waiting for an officer",
    };

    public static string StateForStaff(ConversationState state) => state switch
    {
        ConversationState.Unassigned => "Unassigned",
        ConversationState.Assigned => "Assigned",
        ConversationState.WaitingOnApplicant => "Waiting on the applicant",
        _ => "Closed",
    };
}
