using Border.Messaging.Contracts;

namespace Border.Messaging.Data;

internal sealed class Conversation
{
    public Guid Id { get; init; }

    public Guid ApplicantId { get; init; }

    public ConversationTopic Topic { get; init; }

    public Guid? CaseId { get; init; }

    /// <summary>The case's receipt number, for the inbox and the email ("about case …").</summary>
    public string? Reference { get; init; }

    /// <summary>The applicant's port when it was started (their appointment's or request's), for the officers' filter.</summary>
    public string? PortCode { get; init; }

    public required string Subject { get; init; }

    public ConversationState State { get; set; }

    public Guid? AssignedTo { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset LastActivityAt { get; set; }

    /// <summary>The inbox order: since when it has waited for an answer, on the applicant, or since it was closed.</summary>
    public DateTimeOffset QueueAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>An officer wrote since the applicant last opened it (the header's count).</summary>
    public bool UnreadByApplicant { get; set; }
}
