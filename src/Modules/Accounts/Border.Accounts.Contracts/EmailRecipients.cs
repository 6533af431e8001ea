using MediatR;

namespace Border.Accounts.Contracts;

/// <summary>
/// Where and in which language to write to these people, read at the moment of sending. A person who
/// closed their account is not in the answer.
/// </summary>
public sealed record GetEmailRecipients(IReadOnlyCollection<Guid> UserIds) : IRequest<IReadOnlyList<EmailRecipient>>;

public sealed record EmailRecipient(Guid UserId, string Email, string Culture);
