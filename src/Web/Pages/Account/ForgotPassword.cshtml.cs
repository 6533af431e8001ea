using System.ComponentModel.DataAnnotations;
using Border.Accounts.Contracts;
using Border.Shared.Localization;
using Border.Web.Composition.Security;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Border.Web.Pages.Account;

[EnableRateLimiting(RateLimits.EmailLinks)]
public sealed class ForgotPasswordModel(IMediator mediator, IStringLocalizer<Strings> text) : PageModel
{
    [BindProperty]
    public ForgotPasswordForm Input { get; set; } = new();

    [FromQuery]
    public bool Sent { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Input.Email))
        {
            ModelState.AddModelError("Input.Email", text["Enter your email address."]);
            return Page();
        }

        await mediator.Send(new RequestPasswordReset(Input.Email));
        return Redirect("/account/forgot-password?sent=true");
    }

    public sealed class ForgotPasswordForm
    {
        [Display(Name = "Email address")]
        public string? Email { get; set; }
    }
}
