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
public sealed class EmailModel(IMediator mediator) : PageModel, IRedisplayAfterRefusal
{
    [BindProperty]
    public ChangeEmailForm Input { get; set; } = new();

    public string CurrentEmail { get; private set; } = string.Empty;

    /// <summary>Set after a request: the address the link went to, if it could be used.</summary>
    [FromQuery(Name = "sent")]
    public string? SentTo { get; set; }

    public async Task OnGetAsync() => CurrentEmail = (await mediator.Send(new GetAccountStatus(User.Id())))?.Email ?? string.Empty;

    public async Task<IActionResult> OnPostAsync()
    {
        await mediator.Send(new RequestEmailChange(User.Id(), Input.NewEmail ?? string.Empty, Input.Password ?? string.Empty));

        // Not RedirectToPage: routing leaves '@' as it is in a query value, and the address is escaped whole, as before.
        return Redirect($"{Url.Page("/Account/Email", new { area = "" })}?sent={Uri.EscapeDataString(Input.NewEmail!.Trim())}");
    }

    public sealed class ChangeEmailForm
    {
        public string? NewEmail { get; set; }

        public string? Password { get; set; }
    }

    /// <summary>A refusal shows the page again with what it shows reloaded.</summary>
    public async Task<IActionResult> RedisplayAsync()
    {
        await OnGetAsync();
        return Page();
    }
}
