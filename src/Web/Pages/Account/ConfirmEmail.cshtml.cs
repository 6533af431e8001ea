using Border.Accounts.Contracts;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Pages.Account;

/// <summary>The link in the confirmation email. Opening it is the whole action: it changes nothing but a flag.</summary>
public sealed class ConfirmEmailModel(IMediator mediator) : PageModel
{
    public bool Confirmed { get; private set; }

    public async Task OnGetAsync([FromQuery] Guid user, [FromQuery] string? code) =>
        Confirmed = user != Guid.Empty && !string.IsNullOrEmpty(code) && await mediator.Send(new ConfirmEmail(user, code));
}
