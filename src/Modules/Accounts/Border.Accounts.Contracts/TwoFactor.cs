using MediatR;

namespace Border.Accounts.Contracts;

/// <summary>The key to add to an authenticator app (made on first ask), and whether two-factor is on.</summary>
public sealed record GetAuthenticatorSetup(Guid UserId) : IRequest<AuthenticatorSetup>;

public sealed record AuthenticatorSetup(bool Enabled, string SharedKey, string AuthenticatorUri, int RecoveryCodesLeft);

/// <summary>Turns two-factor on once the app's code proves it holds the key. Returns the recovery codes, shown once.</summary>
public sealed record EnableAuthenticator(Guid UserId, string Code) : IRequest<IReadOnlyList<string>>;

/// <summary>Turns two-factor off for an applicant who gives their password; the old key stops working. Staff cannot.</summary>
public sealed record DisableAuthenticator(Guid UserId, string Password) : IRequest<Unit>;
