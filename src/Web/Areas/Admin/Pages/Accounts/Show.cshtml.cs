using Border.Accounts.Contracts;
using Border.Scheduling.Contracts;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Areas.Admin.Pages.Accounts;

public sealed class ShowModel(IMediator mediator) : PageModel
{
    public AccountDetails Account { get; private set; } = null!;

    public IReadOnlyList<PortSummary> Ports { get; private set; } = [];

    /// <summary>The change just made, from the confirmation page, to say it is done.</summary>
    [FromQuery]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await mediator.Send(new GetAccount(id)) is not { } account)
        {
            return NotFound();
        }

        Account = account;
        Ports = await mediator.Send(new ListPorts());
        return Page();
    }
}
