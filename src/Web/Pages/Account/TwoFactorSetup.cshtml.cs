using System.ComponentModel.DataAnnotations;
using Border.Accounts.Contracts;
using Border.Shared.Validation;
using Border.Web.Composition.Security;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Border.Web.Pages.Account;

[Authorize]
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class TwoFactorSetupModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public SetupForm Input { get; set; } = new();

    public AuthenticatorSetup Setup { get; private set; } = null!;

    /// <summary>Shown once, in the response that turned two-factor on, and never stored in a page again.</summary>
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    [FromQuery]
    public bool Off { get; set; }

    public async Task OnGetAsync() => Setup = await mediator.Send(new GetAuthenticatorSetup(User.Id()));

    public async Task<IActionResult> OnPostEnableAsync()
    {
        try
        {
            RecoveryCodes = await mediator.Send(new EnableAuthenticator(User.Id(), Input.Code ?? string.Empty));
        }
        catch (RequestValidationException refused)
        {
            this.AddFailures(refused);
        }

        Setup = await mediator.Send(new GetAuthenticatorSetup(User.Id()));
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        try
        {
            await mediator.Send(new DisableAuthenticator(User.Id(), Input.Password ?? string.Empty));
        }
        catch (RequestValidationException refused)
        {
            this.AddFailures(refused);
            Setup = await mediator.Send(new GetAuthenticatorSetup(User.Id()));
            return Page();
        }

        return Redirect("/account/two-factor/setup?off=true");
    }

    public sealed class SetupForm
    {
        [Display(Name = "Security code")]
        public string? Code { get; set; }

        [Display(Name = "Password")]
        public string? Password { get; set; }
    }
}
