using MediatR;

namespace Border.Accounts.Contracts;

/// <summary>Creates the demo accounts the README lists, when missing. Development only.</summary>
public sealed record SeedDemoAccounts : IRequest<Unit>
{
    public const string Password = "border-demo-2026";

    /// <summary>The TOTP secret enrolled for every demo staff account (base32).</summary>
    public const string StaffAuthenticatorKey = "BORDERDEMOSTAFFTWOFACTORKEY23456";

    public static readonly IReadOnlyList<(string Email, string Role)> Accounts =
    [
        ("applicant@border.test", Roles.Applicant),
        ("officer@border.test", Roles.Officer),
        ("supervisor@border.test", Roles.Supervisor),
        ("admin@border.test", Roles.Admin),
    ];
}
