using Border.Notifications.Contracts;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Pages.PolicyUpdates;

public sealed class ShowModel(IMediator mediator) : PageModel
{
    public PolicyUpdateView Update { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var update = await mediator.Send(new GetPolicyUpdate(id));
        if (update is null)
        {
            return NotFound();
        }

        Update = update;
        return Page();
    }
}
