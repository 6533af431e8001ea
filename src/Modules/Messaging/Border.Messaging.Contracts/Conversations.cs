namespace Border.Messaging.Contracts;

/// <summary>What a conversation is about; a case conversation carries the case's id and receipt number.</summary>
public enum ConversationTopic
{
    General,
    Appointment,
    Case,
}

/// <summary>Where a conversation is in the officers' shared inbox.</summary>
public enum ConversationState
{
    /// <summary>The applicant waits for an answer and no officer has taken it.</summary>
    Unassigned,

    /// <summary>An officer took it; the applicant waits for their answer.</summary>
    Assigned,

    /// <summary>An officer answered; the next word is the applicant's.</summary>
    WaitingOnApplicant,

    Closed,
}

/// <summary>
/// A file sent with a message: JPEG, PNG or PDF by its first bytes, 5 MB at most. A message carries up to
/// <see cref="MessageLimits.FilesMaxCount"/>; a refused one is named by its place, field "File1" to "File3".
/// </summary>
public sealed record MessageFile(Stream? Content, long Length);

/// <summary>Where a message landed: a reply to a conversation closed too long ago starts a new one.</summary>
public sealed record MessageSent(Guid ConversationId, Guid MessageId);

/// <param name="FromStaff">True for an officer's message.</param>
/// <param name="OfficerName">
/// For an officer's message, what follows "Officer": the name they chose, else their initial ("M."); null when unknown.
/// Never an email.
/// </param>
public sealed record MessageView(Guid Id, bool FromStaff, string Body, DateTimeOffset SentAt, IReadOnlyList<AttachmentView> Attachments, string? OfficerName = null);

public sealed record AttachmentView(Guid Id, string ContentType, int Length);

/// <summary>A stored file, decrypted, for a download.</summary>
public sealed record AttachmentFile(string ContentType, byte[] Content, string FileName);

/// <param name="Messages">Newest first, one page.</param>
/// <param name="OlderThan">The message to pass as "before" for the older page; null on the last page.</param>
public sealed record ConversationView(
    Guid Id,
    Guid ApplicantId,
    ConversationTopic Topic,
    Guid? CaseId,
    string? Reference,
    string? PortCode,
    string Subject,
    ConversationState State,
    Guid? AssignedTo,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ClosedAt,
    IReadOnlyList<MessageView> Messages,
    Guid? OlderThan,
    bool IsOlderPage);

public static class MessageLimits
{
    public const int BodyMaxLength = 4_000;

    public const int SubjectMaxLength = 120;

    /// <summary>Files one message may carry.</summary>
    public const int FilesMaxCount = 3;

    /// <summary>Messages on one page of a conversation.</summary>
    public const int PageSize = 20;
}
