using MediatR;

namespace Border.Messaging.Contracts;

/// <summary>
/// Hands an open conversation to another active officer (or supervisor); audited. <paramref name="ExpectedAssignee"/>
/// is who the officer saw it assigned to (null: nobody): when someone changed it meanwhile, nothing changes and the
/// answer says so, so of officers reassigning at once exactly one wins and no write is lost.
/// Refused, by the field "ToStaffId", when the chosen person is not an active officer.
/// </summary>
public sealed record ReassignConversation(Guid StaffId, Guid ConversationId, Guid? ExpectedAssignee, Guid ToStaffId) : IRequest<Reassignment>;

public enum Reassignment
{
    Reassigned,

    /// <summary>Another officer assigned, reassigned or released it after the page was read.</summary>
    ChangedMeanwhile,

    /// <summary>No such conversation, or it is closed.</summary>
    NotFound,
}

/// <summary>The active officers and supervisors a conversation can be handed to, by the name they chose, then by email.</summary>
public sealed record ListAssignableOfficers : IRequest<IReadOnlyList<AssignableOfficer>>;

/// <param name="Name">What applicants read after "Officer"; null when they chose none (staff then see the email).</param>
public sealed record AssignableOfficer(Guid StaffId, string? Name, string? Email);

/// <summary>
/// An officer writes first to an applicant, optionally about one of their submitted cases: the conversation is the
/// officer's and waits on the applicant, who is told (never the text). The same one-time form key, text and file
/// rules as every message; audited. Refused by the field ("ApplicantId", "CaseId", "Subject", "Body", "File1"…).
/// </summary>
public sealed record StartConversationAsOfficer(
    Guid StaffId, Guid FormKey, Guid ApplicantId, Guid? CaseId, string? Subject, string? Body, IReadOnlyList<MessageFile>? Files) : IRequest<MessageSent>;

/// <summary>The supervisors' figures of the shared inbox, now and over the last 30 days.</summary>
public sealed record GetInboxFigures : IRequest<InboxFigures>;

/// <param name="MedianFirstAnswer">
/// The median time from a conversation's first applicant message to the first officer's message after it, over the
/// conversations first answered in the last 30 days; null when none was.
/// </param>
/// <param name="Answered">How many conversations the median is taken over.</param>
public sealed record InboxFigures(int Unassigned, int Assigned, int WaitingOnApplicant, TimeSpan? MedianFirstAnswer, int Answered)
{
    public const int WindowDays = 30;
}
