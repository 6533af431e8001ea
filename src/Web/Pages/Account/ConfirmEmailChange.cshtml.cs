using Border.Accounts.Contracts;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Pages.Account;

/// <summary>The link sent to the new address: opening it proves the person reads that inbox.</summary>
public sealed class ConfirmEmailChangeModel(IMediator mediator) : PageModel
{
    public bool Changed { get; private set; }

    public string? Email { get; private set; }

    public async Task OnGetAsync([FromQuery] Guid user, [FromQuery] string? email, [FromQuery] string? code)
    {
        Email = email;
        Changed = user != Guid.Empty && !string.IsNullOrWhiteSpace(email) && !string.IsNullOrEmpty(code)
            && await mediator.Send(new ConfirmEmailChange(user, email, code));
    }
}
