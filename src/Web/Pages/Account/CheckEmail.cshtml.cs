using Border.Accounts.Contracts;
using Border.Web.Composition.Security;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Border.Web.Pages.Account;

[EnableRateLimiting(RateLimits.EmailLinks)]
public sealed class CheckEmailModel(IMediator mediator, CheckEmailAddress addresses) : PageModel
{
    public const string Path = "/account/check-email";

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    [FromQuery]
    public bool Sent { get; set; }

    /// <summary>The address the link went to; null when the page's link is too old or not ours.</summary>
    public string? Email { get; private set; }

    public void OnGet() => Email = addresses.Open(To);

    public async Task<IActionResult> OnPostAsync()
    {
        if (addresses.Open(To) is { } email)
        {
            await mediator.Send(new ResendEmailConfirmationTo(email));
        }

        return Redirect($"{Path}?to={Uri.EscapeDataString(To ?? string.Empty)}&sent=true");
    }
}
