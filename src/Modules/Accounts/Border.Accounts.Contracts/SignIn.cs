using MediatR;

namespace Border.Accounts.Contracts;

public sealed record SignIn(string Email, string Password) : IRequest<SignInResponse>;

/// <summary>The second step for accounts with two-factor: a code from an authenticator app.</summary>
public sealed record SignInWithAuthenticatorCode(string Code) : IRequest<SignInResponse>;

public sealed record SignOut : IRequest<Unit>;

public enum SignInStatus
{
    Succeeded,
    RequiresTwoFactor,
    LockedOut,
    Failed,
}

public sealed record SignInResponse(SignInStatus Status, IReadOnlyList<string> Roles)
{
    public static SignInResponse Of(SignInStatus status) => new(status, []);

    /// <summary>Where a person lands after signing in: their role's own area.</summary>
    public string LandingPath =>
        Roles.Contains(Contracts.Roles.Admin) ? "/admin"
        : Roles.Contains(Contracts.Roles.Officer) || Roles.Contains(Contracts.Roles.Supervisor) ? "/staff"
        : "/";
}
