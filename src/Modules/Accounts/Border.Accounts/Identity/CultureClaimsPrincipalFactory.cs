using System.Security.Claims;
using Border.Accounts.Contracts;
using Border.Accounts.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Border.Accounts.Identity;

/// <summary>Puts the person's preferred language (and a staff member's home port) in their sign-in cookie, so every page can honour it.</summary>
internal sealed class CultureClaimsPrincipalFactory(
    UserManager<BorderUser> users,
    RoleManager<IdentityRole<Guid>> roles,
    IOptions<IdentityOptions> options) : UserClaimsPrincipalFactory<BorderUser, IdentityRole<Guid>>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(BorderUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(AccountClaims.Culture, user.PreferredCulture));
        if (user.HomePort is { } port && user.HomePortTimeZone is { } zone)
        {
            identity.AddClaim(new Claim(AccountClaims.HomePort, port));
            identity.AddClaim(new Claim(AccountClaims.HomePortTimeZone, zone));
        }

        return identity;
    }
}
