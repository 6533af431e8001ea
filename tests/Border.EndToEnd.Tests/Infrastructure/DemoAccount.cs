using Border.Accounts.Contracts;

namespace Border.EndToEnd.Tests.Infrastructure;

/// <summary>A demo account seeded in Development, and the area its role lands in after signing in.</summary>
internal sealed record DemoAccount(string Email, bool UsesAuthenticator, string LandingPath)
{
    public static DemoAccount Applicant { get; } = new("applicant@border.test", false, "/");

    public static DemoAccount Officer { get; } = new("officer@border.test", true, "/staff");

    public static DemoAccount Supervisor { get; } = new("supervisor@border.test", true, "/staff");

    public static DemoAccount Admin { get; } = new("admin@border.test", true, "/admin");

    public static string Password => SeedDemoAccounts.Password;

    public static DemoAccount Named(string role) => role switch
    {
        "applicant" => Applicant,
        "officer" => Officer,
        "supervisor" => Supervisor,
        "admin" => Admin,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Not a demo role."),
    };
}
