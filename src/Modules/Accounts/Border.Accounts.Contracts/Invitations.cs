using MediatR;

namespace Border.Accounts.Contracts;

/// <summary>Whether an invitation link still works: not changed, not used, not older than 72 hours.</summary>
public sealed record CheckInvitation(Guid UserId, string Code) : IRequest<bool>;

/// <summary>
/// Sets the invited person's first password from the link and signs them in with the password alone, so
/// the next thing they can do is set up two-factor. False when the link does not work.
/// </summary>
public sealed record AcceptInvitation(Guid UserId, string Code, string Password) : IRequest<bool>;
