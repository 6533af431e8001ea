using Border.Accounts.Contracts.Profile;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Areas.Staff.Pages.Applicants;

/// <summary>Read-only: officers see what the applicant gave; opening it is audited.</summary>
public sealed class ShowModel(IMediator mediator) : PageModel
{
    public ProfileView Profile { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await mediator.Send(new ViewApplicant(User.Id(), id)) is not { } profile)
        {
            return NotFound();
        }

        Profile = profile;
        return Page();
    }
}
