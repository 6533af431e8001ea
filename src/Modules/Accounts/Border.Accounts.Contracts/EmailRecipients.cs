using MediatR;

namespace Border.Accounts.Contracts;

/// <summary>
/// Where and in which language to write to these people, read at the moment of sending. A person who
/// closed their account is not in the answer.
/// </summary>
public sealed record GetEmailRecipients(IReadOnlyCollection<Guid> UserIds) : IRequest<IReadOnlyList<EmailRecipient>>;

public sealed record EmailRecipient
{
    public Guid UserId { get; init; }

    public required string Email { get; init; }

    public required string Culture { get; init; }
}
