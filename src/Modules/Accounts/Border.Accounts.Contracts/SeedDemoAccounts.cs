using MediatR;

namespace Border.Accounts.Contracts;

/// <summary>Creates the demo accounts the README lists, when missing. Development only.</summary>
public sealed record SeedDemoAccounts : IRequest<Unit>
{
    public const string Password = "border-demo-2026";

    /// <summary>The TOTP secret enrolled for every demo staff account (base32).</summary>
    public const string StaffAuthenticatorKey = "BORDERDEMOSTAFFTWOFACTORKEY23456";

    /// <summary>The port the demo officer and supervisor work at (a Scheduling port code): their queues and times start there.</summary>
    public const string HomePort = "san-ysidro";

    public static readonly IReadOnlyList<(string Email, string Role)> Accounts =
    [
        ("applicant@border.test", Roles.Applicant),
        ("officer@border.test", Roles.Officer),
        ("supervisor@border.test", Roles.Supervisor),
        ("admin@border.test", Roles.Admin),
    ];
}
