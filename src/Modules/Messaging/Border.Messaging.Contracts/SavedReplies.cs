using MediatR;

namespace Border.Messaging.Contracts;

/// <summary>Supervisors' saved replies, by title; each has an English and a Spanish text.</summary>
public sealed record ListSavedReplies : IRequest<IReadOnlyList<SavedReplyView>>;

public sealed record SavedReplyView(Guid Id, string Title, string English, string Spanish);

/// <summary>One saved reply; null when there is none with this id.</summary>
public sealed record GetSavedReply(Guid Id) : IRequest<SavedReplyView?>;

/// <summary>
/// Adds a saved reply (<paramref name="Id"/> null) or changes one; audited. Returns its id, or null when the one
/// to change is gone. Refused by the field when a text is missing or too long.
/// </summary>
public sealed record SaveSavedReply(Guid ActorId, Guid? Id, string? Title, string? English, string? Spanish) : IRequest<Guid?>;

/// <summary>Removes a saved reply; audited. False when it was already gone.</summary>
public sealed record RemoveSavedReply(Guid ActorId, Guid Id) : IRequest<bool>;

/// <summary>
/// A saved reply's text in the language of the conversation's applicant (Spanish or English), for the officer to
/// edit before sending. Null when the reply or the conversation is gone.
/// </summary>
public sealed record SavedReplyFor(Guid ReplyId, Guid ConversationId) : IRequest<string?>;

public static class SavedReplyLimits
{
    public const int TitleMaxLength = 80;
}
