using Border.Accounts.Contracts;
using Border.Accounts.Contracts.Profile;
using Border.Scheduling.Contracts;
using Border.Web.Composition.Throughput;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Pages;

[RememberedPage]
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public string? SignedInAs { get; private set; }

    /// <summary>Null when signed out or confirmed: the page then has nothing to ask about the address.</summary>
    public string? UnconfirmedEmail { get; private set; }

    /// <summary>The applicant's profile, for its progress and next step; null for staff and visitors.</summary>
    public ProfileView? Profile { get; private set; }

    /// <summary>Where the applicant stands with their request or appointment; only once they may request at all.</summary>
    public Standing? Standing { get; private set; }

    [FromQuery]
    public bool Sent { get; set; }

    [FromQuery]
    public bool Closed { get; set; }

    /// <param name="cancellationToken">The request's: a browser that gave up stops the page's queries too.</param>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return;
        }

        SignedInAs = User.Identity.Name;
        if (User.IsInRole(Roles.Applicant))
        {
            Profile = await mediator.Send(new GetProfile(User.Id(), FromSnapshot: true), cancellationToken);
            UnconfirmedEmail = Profile.EmailConfirmed ? null : Profile.Email;
            if (Profile is { Complete: true, EmailConfirmed: true })
            {
                Standing = await mediator.Send(new GetMyStanding(User.Id(), FromSnapshot: true), cancellationToken);
                RememberedPageAttribute.ChangesAt(HttpContext, Standing.ChangesAt);
            }
        }
    }
}
