using MediatR;

namespace Border.Messaging.Contracts;

public enum InboxView
{
    Unassigned,
    Mine,
    Waiting,
    Closed,
}

/// <summary>
/// One page of the shared inbox, longest waiting first (closed: most recently closed first), from a keyset position.
/// </summary>
public sealed record ListInbox(Guid StaffId, InboxView View, string? PortCode = null, ConversationTopic? Topic = null, InboxCursor? After = null)
    : IRequest<InboxPage>;

public sealed record InboxCursor(DateTimeOffset QueueAt, Guid Id);

public sealed record InboxPage(IReadOnlyList<InboxItem> Items, InboxCursor? Next);

/// <param name="QueueAt">Since when it has waited (closed: when it was closed).</param>
public sealed record InboxItem(
    Guid Id, Guid ApplicantId, ConversationTopic Topic, string? Reference, string? PortCode, string Subject, ConversationState State, Guid? AssignedTo, DateTimeOffset QueueAt);

/// <summary>A conversation as an officer reads it; every read is audited. Null for an unknown id.</summary>
public sealed record ViewConversation(Guid StaffId, Guid ConversationId, Guid? Before = null) : IRequest<ConversationView?>;

/// <summary>Takes an unassigned conversation; of officers taking it at once exactly one gets true.</summary>
public sealed record AssignToMe(Guid StaffId, Guid ConversationId) : IRequest<bool>;

/// <summary>An officer answers; the conversation waits on the applicant, who is told (never the text). Null when not found.</summary>
public sealed record ReplyAsOfficer(Guid StaffId, Guid FormKey, Guid ConversationId, string? Body, IReadOnlyList<MessageFile>? Files) : IRequest<MessageSent?>;

/// <summary>Closes a conversation; false when not found or already closed.</summary>
public sealed record CloseConversation(Guid StaffId, Guid ConversationId) : IRequest<bool>;

/// <summary>An attachment as an officer opens it; audited. Null for an unknown id.</summary>
public sealed record OpenAttachment(Guid StaffId, Guid ConversationId, Guid AttachmentId) : IRequest<AttachmentFile?>;

/// <summary>
/// Files an attachment the applicant sent into the open request for documents of one of their cases (through Cases);
/// audited when filed. A file is filed once; an officer's own attachment is not the applicant's document.
/// </summary>
public sealed record FileAttachmentInCase(Guid StaffId, Guid ConversationId, Guid AttachmentId, Guid CaseId) : IRequest<AttachmentFiling>;

public enum AttachmentFiling
{
    Filed,
    AlreadyFiled,
    NoOpenRequest,

    /// <summary>No such conversation, attachment from the applicant, or case of this applicant.</summary>
    NotFound,
}

/// <summary>Audit actions of Messaging (stable names).</summary>
public static class MessagingAuditActions
{
    public const string Viewed = "messaging.viewed";
    public const string AttachmentOpened = "messaging.attachment-opened";
    public const string Assigned = "messaging.assigned";
    public const string Closed = "messaging.closed";
    public const string Replied = "messaging.replied";
    public const string Released = "messaging.released";
    public const string OfficerNamed = "messaging.officer-named";
    public const string SavedReplyAdded = "messaging.saved-reply-added";
    public const string SavedReplyChanged = "messaging.saved-reply-changed";
    public const string SavedReplyRemoved = "messaging.saved-reply-removed";
    public const string AttachmentFiled = "messaging.attachment-filed";
    public const string Reassigned = "messaging.reassigned";
    public const string StartedByOfficer = "messaging.started-by-officer";
}

/// <summary>The name of the count Messaging gives the page header (Border.Shared.Layout.HeaderCount).</summary>
public static class MessagingHeaderCounts
{
    public const string UnreadConversations = "messaging.unread";

    /// <summary>Unassigned conversations of the staff member's home port (the header's second parameter); 0 without one.</summary>
    public const string UnassignedAtHomePort = "messaging.unassigned-at-home-port";

    /// <summary>Conversations assigned to the staff member that wait on their answer.</summary>
    public const string AssignedToMe = "messaging.assigned-to-me";
}
