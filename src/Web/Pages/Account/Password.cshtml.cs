using System.ComponentModel.DataAnnotations;
using Border.Accounts.Contracts;
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
public sealed class PasswordModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public ChangePasswordForm Input { get; set; } = new();

    [FromQuery]
    public bool Changed { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await mediator.Send(new ChangePassword(User.Id(), Input.CurrentPassword ?? string.Empty, Input.NewPassword ?? string.Empty));

        return RedirectToPage("/Account/Password", new { area = "", changed = "true" });
    }

    public sealed class ChangePasswordForm
    {
        [Display(Name = "Current password")]
        public string? CurrentPassword { get; set; }

        [Display(Name = "New password")]
        public string? NewPassword { get; set; }
    }
}
