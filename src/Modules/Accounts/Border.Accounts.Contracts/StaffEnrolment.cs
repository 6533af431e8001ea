using System.Security.Claims;

namespace Border.Accounts.Contracts;

/// <summary>
/// Staff sign in with a second factor. One who has none yet (just invited, or reset by an admin) is signed in
/// with the password alone and may only set it up, or sign out.
/// </summary>
public static class StaffEnrolment
{
    public const string SetupPath = "/account/two-factor/setup";

    public static bool IsPending(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true
        && Roles.Staff.Any(user.IsInRole)
        && !user.HasClaim(AccountClaims.AuthenticationMethod, AccountClaims.MultiFactor);

    /// <summary>Where a person with these roles starts: their role's own area.</summary>
    public static string LandingPath(IReadOnlyCollection<string> roles) =>
        roles.Contains(Roles.Admin) ? "/admin"
        : roles.Contains(Roles.Officer) || roles.Contains(Roles.Supervisor) ? "/staff"
        : "/";
}
