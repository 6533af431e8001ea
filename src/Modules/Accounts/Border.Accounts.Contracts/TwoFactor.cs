using MediatR;

namespace Border.Accounts.Contracts;

/// <summary>Whether two-factor is on. Reading it changes nothing: the key is made by <see cref="StartAuthenticatorSetup"/>.</summary>
public sealed record GetAuthenticatorSetup(Guid UserId) : IRequest<AuthenticatorStatus>;

public sealed record AuthenticatorStatus(bool Enabled, int RecoveryCodesLeft);

/// <summary>
/// Makes a new key to add to an authenticator app (a POST), without storing it: the account is unchanged until a
/// code proves the app holds it. <see cref="AuthenticatorSetup.PendingKey"/> carries the key, protected, to that step;
/// given back (after a wrong code), the same key is shown again.
/// </summary>
public sealed record StartAuthenticatorSetup(Guid UserId, string? PendingKey = null) : IRequest<AuthenticatorSetup>;

public sealed record AuthenticatorSetup(string SharedKey, string AuthenticatorUri, string PendingKey);

/// <summary>Stores the key and turns two-factor on once the app's code proves it holds it. Returns the recovery codes, shown once.</summary>
public sealed record EnableAuthenticator(Guid UserId, string PendingKey, string Code) : IRequest<IReadOnlyList<string>>;

/// <summary>Turns two-factor off for an applicant who gives their password; the old key stops working. Staff cannot.</summary>
public sealed record DisableAuthenticator(Guid UserId, string Password) : IRequest<Unit>;
