using Border.Cases.Contracts.Requirements;
using Border.Web.Composition.Security;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Areas.Staff.Pages.Requirements;

/// <summary>One version of a page as it was published, in both languages: nothing published is ever lost.</summary>
[Authorize(Policy = BorderAuthorization.Supervisor)]
public sealed class VersionModel(IMediator mediator) : PageModel
{
    public RequirementVersionView Shown { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, int number)
    {
        if (await mediator.Send(new GetRequirementVersion(slug, number)) is not { } version)
        {
            return NotFound();
        }

        Shown = version;
        return Page();
    }
}
