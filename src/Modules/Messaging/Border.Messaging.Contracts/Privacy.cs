using MediatR;

namespace Border.Messaging.Contracts;

/// <summary>The person's conversations and the files in them, for their own download.</summary>
public sealed record ExportMyMessages(Guid UserId) : IRequest<MessagesExport>;

/// <param name="Files">Every attachment, decrypted; <see cref="ExportedMessage.Files"/> names them by <see cref="AttachmentFile.FileName"/>.</param>
public sealed record MessagesExport(IReadOnlyList<ExportedConversation> Conversations, IReadOnlyList<AttachmentFile> Files);

public sealed record ExportedConversation(
    ConversationTopic Topic, string? Reference, string Subject, ConversationState State, DateTimeOffset CreatedAt, DateTimeOffset? ClosedAt,
    IReadOnlyList<ExportedMessage> Messages);

/// <param name="FromStaff">Written by an officer; the person's own messages are false.</param>
public sealed record ExportedMessage(bool FromStaff, string Body, DateTimeOffset SentAt, IReadOnlyList<string> Files);
