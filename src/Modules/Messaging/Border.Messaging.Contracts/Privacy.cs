using MediatR;

namespace Border.Messaging.Contracts;

/// <summary>What Messaging holds about the person, for their own download: their conversations with every message.</summary>
public sealed record ExportMessaging(Guid UserId) : IRequest<MessagingExport>;

public sealed record MessagingExport(IReadOnlyList<ExportedConversation> Conversations);

public sealed record ExportedConversation(
    string Subject, ConversationTopic Topic, string? Reference, string? PortCode, ConversationState State, DateTimeOffset CreatedAt,
    DateTimeOffset? ClosedAt, IReadOnlyList<ExportedMessage> Messages);

/// <summary>A message as the person saw it; <see cref="FromStaff"/> names no officer, as the conversation page names none by account.</summary>
public sealed record ExportedMessage(bool FromStaff, string Body, DateTimeOffset SentAt, int Attachments);
