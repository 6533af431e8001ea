using System.ComponentModel.DataAnnotations;
using Border.Accounts.Contracts;
using Border.Shared.Localization;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Border.Web.Pages.Account;

[EnableRateLimiting(RateLimits.SignIn)]
public sealed class SignInModel(IMediator mediator, IStringLocalizer<Strings> S) : PageModel
{
    [BindProperty]
    public SignInForm Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [FromQuery]
    public bool Reset { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await mediator.Send(new SignIn(Input.Email!, Input.Password!));
        switch (result.Status)
        {
            case SignInStatus.Succeeded:
                return LocalRedirect(LocalUrl.OrDefault(ReturnUrl, result.LandingPath));
            case SignInStatus.RequiresTwoFactor:
                return RedirectToPage("/Account/TwoFactor", new { ReturnUrl });
            case SignInStatus.RequiresTwoFactorSetup:
                return Redirect(StaffEnrolment.SetupPath);
            case SignInStatus.Disabled:
                ModelState.AddModelError("Input.Email", S["This account cannot be used to sign in. If you think this is a mistake, ask an administrator."]);
                return Page();
            default:
                // A lockout is told the same way as a wrong password: saying "locked" would tell a stranger the address has an account.
                ModelState.AddModelError("Input.Email", S["The email address or password is not right. After several wrong tries in a row, an account is locked for 15 minutes."]);
                return Page();
        }
    }

    public sealed class SignInForm
    {
        [Required(ErrorMessage = "Enter your email address.")]
        [Display(Name = "Email address")]
        public string? Email { get; set; }

        [Required(ErrorMessage = "Enter your password.")]
        [Display(Name = "Password")]
        public string? Password { get; set; }
    }
}
