using Border.Accounts.Contracts;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Pages;

public sealed class IndexModel(IMediator mediator) : PageModel
{
    public string? SignedInAs { get; private set; }

    /// <summary>Null when signed out or confirmed: the page then has nothing to ask about the address.</summary>
    public string? UnconfirmedEmail { get; private set; }

    [FromQuery]
    public bool Sent { get; set; }

    [FromQuery]
    public bool Closed { get; set; }

    public async Task OnGetAsync()
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return;
        }

        SignedInAs = User.Identity.Name;
        if (User.IsInRole(Roles.Applicant) && await mediator.Send(new GetAccountStatus(User.Id())) is { EmailConfirmed: false } status)
        {
            UnconfirmedEmail = status.Email;
        }
    }
}
