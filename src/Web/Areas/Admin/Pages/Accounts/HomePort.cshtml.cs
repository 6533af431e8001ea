using Border.Accounts.Contracts;
using Border.Scheduling.Contracts;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Areas.Admin.Pages.Accounts;

/// <summary>An admin chooses the port a staff member works at, or none; the change is audited by Accounts.</summary>
[RefusalFields("")]
public sealed class HomePortModel(IMediator mediator) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    /// <summary>A port's code; empty for no home port.</summary>
    [BindProperty]
    public string? Port { get; set; }

    public AccountDetails Account { get; private set; } = null!;

    public IReadOnlyList<PortSummary> Ports { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        Port = Account.HomePort;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        await mediator.Send(new SetHomePort(User.Id(), Id, string.IsNullOrWhiteSpace(Port) ? null : Port));

        return RedirectToPage("/Accounts/Show", new { area = "Admin", id = Id, done = Border.Web.Areas.Admin.AccountChanges.HomePort });
    }

    private async Task<bool> LoadAsync()
    {
        if (await mediator.Send(new GetAccount(Id)) is not { Status: not AccountState.Closed, IsStaff: true } account)
        {
            return false;
        }

        Account = account;
        Ports = await mediator.Send(new ListPorts());
        return true;
    }
}
