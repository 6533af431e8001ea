using MediatR;

namespace Border.Accounts.Contracts;

/// <summary>Confirms the address from the link in the email. False when the link is wrong or too old.</summary>
public sealed record ConfirmEmail(Guid UserId, string Code) : IRequest<bool>;

/// <summary>Sends the confirmation link again to a signed-in person whose address is not confirmed yet.</summary>
public sealed record ResendEmailConfirmation(Guid UserId) : IRequest<Unit>;

/// <summary>What the home page needs to say about the account; null when there is no such account.</summary>
public sealed record GetAccountStatus(Guid UserId) : IRequest<AccountStatus?>;

public sealed record AccountStatus
{
    public required string Email { get; init; }

    public bool EmailConfirmed { get; init; }
}

/// <summary>
/// Sends the confirmation link again to an address just registered, for a person not signed in. Does nothing,
/// and says nothing, when the address has no account or is already confirmed.
/// </summary>
public sealed record ResendEmailConfirmationTo(string Email) : IRequest<Unit>;
