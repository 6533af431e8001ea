using Border.Accounts.Contracts;
using Microsoft.AspNetCore.Localization;

namespace Border.Web.Composition.Localization;

/// <summary>The preferred language saved in the person's profile, carried as a claim in their sign-in cookie.</summary>
internal sealed class ProfileRequestCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var culture = httpContext.User.FindFirst(AccountClaims.Culture)?.Value;
        return Task.FromResult(culture is null ? null : new ProviderCultureResult(culture));
    }
}
