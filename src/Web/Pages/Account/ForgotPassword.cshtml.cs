using System.ComponentModel.DataAnnotations;
using Border.Accounts.Contracts;
using Border.Web.Composition.Security;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Border.Web.Pages.Account;

[EnableRateLimiting(RateLimits.EmailLinks)]
public sealed class ForgotPasswordModel(IMediator mediator) : PageModel
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
        await mediator.Send(new RequestPasswordReset(Input.Email ?? string.Empty));

        return RedirectToPage("/Account/ForgotPassword", new { area = "", sent = "true" });
    }

    public sealed class ForgotPasswordForm
    {
        [Display(Name = "Email address")]
        public string? Email { get; set; }
    }
}
