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
[EnableRateLimiting(RateLimits.EmailLinks)]
public sealed class ResendConfirmationModel(IMediator mediator) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index", new { area = "" });

    public async Task<IActionResult> OnPostAsync()
    {
        await mediator.Send(new ResendEmailConfirmation(User.Id()));
        return RedirectToPage("/Index", new { area = "", sent = "true" });
    }
}
