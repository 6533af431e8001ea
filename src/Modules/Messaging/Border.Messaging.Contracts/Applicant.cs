using MediatR;

namespace Border.Messaging.Contracts;

/// <summary>
/// Starts a conversation with a first message. <paramref name="FormKey"/> is the form's one-time key: a second POST
/// with the same key returns the first result and sends nothing. Refused, by the field, with a clear message.
/// </summary>
public sealed record StartConversation(
    Guid UserId, Guid FormKey, ConversationTopic Topic, Guid? CaseId, string? Subject, string? Body, IReadOnlyList<MessageFile>? Files) : IRequest<MessageSent>;

/// <summary>
/// The applicant writes in one of their conversations. A closed one reopens within the reopen window; later the
/// message starts a new conversation with the same subject. Null when it is not theirs.
/// </summary>
public sealed record ReplyAsApplicant(Guid UserId, Guid FormKey, Guid ConversationId, string? Body, IReadOnlyList<MessageFile>? Files) : IRequest<MessageSent?>;

/// <summary>The applicant's conversations, newest activity first, from a keyset position.</summary>
public sealed record ListMyConversations(Guid UserId, ConversationCursor? After = null) : IRequest<ConversationList>;

public sealed record ConversationCursor(DateTimeOffset LastActivityAt, Guid Id);

public sealed record ConversationList(IReadOnlyList<ConversationSummary> Items, ConversationCursor? Next);

/// <param name="Unread">An officer wrote since the applicant last opened it.</param>
public sealed record ConversationSummary(
    Guid Id, ConversationTopic Topic, string? Reference, string Subject, ConversationState State, DateTimeOffset LastActivityAt, bool Unread);

/// <summary>One of the applicant's own conversations, marked read; null for anyone else's.</summary>
public sealed record GetMyConversation(Guid UserId, Guid ConversationId, Guid? Before = null) : IRequest<ConversationView?>;

/// <summary>An attachment in one of the applicant's own conversations; null for anyone else's.</summary>
public sealed record OpenMyAttachment(Guid UserId, Guid ConversationId, Guid AttachmentId) : IRequest<AttachmentFile?>;
