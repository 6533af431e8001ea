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
public sealed class TwoFactorModel(IMediator mediator, IStringLocalizer<Strings> S) : PageModel
{
    [BindProperty]
    public CodeForm Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await mediator.Send(new SignInWithAuthenticatorCode(Input.Code!));
        switch (result.Status)
        {
            case SignInStatus.Succeeded:
                return LocalRedirect(LocalUrl.OrDefault(ReturnUrl, result.LandingPath));
            case SignInStatus.LockedOut:
                ModelState.AddModelError("Input.Code", S["Too many failed attempts. Your account is locked for 15 minutes."]);
                return Page();
            default:
                ModelState.AddModelError("Input.Code", S["That code is not right. Codes change every 30 seconds; enter the one your app shows now."]);
                return Page();
        }
    }

    public sealed class CodeForm
    {
        [Required(ErrorMessage = "Enter the security code.")]
        [Display(Name = "Security code")]
        public string? Code { get; set; }
    }
}
