using System.ComponentModel.DataAnnotations;
using Border.Accounts.Contracts;
using Border.Web.Composition.Security;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Border.Web.Pages.Account;

[EnableRateLimiting(RateLimits.SignIn)]
public sealed class ResetPasswordModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "user")]
    public Guid UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public ResetPasswordForm Input { get; set; } = new();

    /// <summary>False once a new password was tried with a link that does not work.</summary>
    public bool LinkWorks { get; private set; } = true;

    public void OnGet() => LinkWorks = UserId != Guid.Empty && !string.IsNullOrEmpty(Code);

    public async Task<IActionResult> OnPostAsync()
    {
        LinkWorks = UserId != Guid.Empty && !string.IsNullOrEmpty(Code)
            && await mediator.Send(new ResetPassword(UserId, Code, Input.NewPassword ?? string.Empty));

        return LinkWorks ? RedirectToPage("/Account/SignIn", new { area = "", reset = "true" }) : Page();
    }

    public sealed class ResetPasswordForm
    {
        [Display(Name = "New password")]
        public string? NewPassword { get; set; }
    }
}
