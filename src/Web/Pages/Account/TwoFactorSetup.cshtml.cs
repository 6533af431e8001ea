using System.ComponentModel.DataAnnotations;
using Border.Accounts.Contracts;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Border.Web.Pages.Account;

/// <summary>
/// Opening the page changes nothing. "Show my key" (a POST) makes a key that is stored only when the app's code
/// proves it holds it, so a prefetch or a second tab cannot change the account, sign out other devices or break a link.
/// </summary>
[Authorize]
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class TwoFactorSetupModel(IMediator mediator) : PageModel, IRedisplayAfterRefusal
{
    [BindProperty]
    public SetupForm Input { get; set; } = new();

    public AuthenticatorStatus Status { get; private set; } = null!;

    /// <summary>The key being set up; null until the person asks for one.</summary>
    public AuthenticatorSetup? Setup { get; private set; }

    /// <summary>Shown once, in the response that turned two-factor on, and never stored in a page again.</summary>
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    [FromQuery]
    public bool Off { get; set; }

    /// <summary>Set by the enable handler, so a wrong code shows the same pending key again to try with.</summary>
    private bool enabling;

    public async Task OnGetAsync() => Status = await mediator.Send(new GetAuthenticatorSetup(User.Id()));

    public async Task<IActionResult> OnPostStartAsync()
    {
        await OnGetAsync();
        if (!Status.Enabled)
        {
            Setup = await mediator.Send(new StartAuthenticatorSetup(User.Id()));
        }

        return Page();
    }

    public async Task<IActionResult> OnPostEnableAsync()
    {
        enabling = true;
        RecoveryCodes = await mediator.Send(new EnableAuthenticator(User.Id(), Input.PendingKey ?? string.Empty, Input.Code ?? string.Empty));
        await OnGetAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        await mediator.Send(new DisableAuthenticator(User.Id(), Input.Password ?? string.Empty));
        return RedirectToPage("/Account/TwoFactorSetup", new { area = "", off = "true" });
    }

    public async Task<IActionResult> RedisplayAsync()
    {
        if (enabling)
        {
            Setup = await mediator.Send(new StartAuthenticatorSetup(User.Id(), Input.PendingKey));
        }

        await OnGetAsync();
        return Page();
    }

    public sealed class SetupForm
    {
        [Display(Name = "Security code")]
        public string? Code { get; set; }

        public string? PendingKey { get; set; }

        [Display(Name = "Password")]
        public string? Password { get; set; }
    }
}
