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

    /// <summary>A staff account without two-factor: signed in, but it must set it up before anything else.</summary>
    RequiresTwoFactorSetup,

    /// <summary>The right password for an account an admin disabled; told only to someone who knew the password.</summary>
    Disabled,
    LockedOut,
    Failed,
}

public sealed record SignInResponse(SignInStatus Status, IReadOnlyList<string> Roles)
{
    public static SignInResponse Of(SignInStatus status) => new(status, []);

    /// <summary>Where a person lands after signing in: their role's own area.</summary>
    public string LandingPath => StaffEnrolment.LandingPath([.. Roles]);
}
