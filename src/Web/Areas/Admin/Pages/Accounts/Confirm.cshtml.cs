using Border.Accounts.Contracts;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Areas.Admin.Pages.Accounts;

/// <summary>"Are you sure?" for one change to an account; the change happens only on the POST.</summary>
public sealed class ConfirmModel(IMediator mediator) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [FromRoute]
    public string Change { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string? Role { get; set; }

    public AccountDetails Account { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        await mediator.Send(AccountChanges.Request(Change, User.Id(), Id, Role)!);

        return RedirectToPage("/Accounts/Show", new { area = "Admin", id = Id, done = Change });
    }

    private async Task<bool> LoadAsync()
    {
        if (AccountChanges.Request(Change, Guid.Empty, Id, Role) is null
            || (AccountChanges.NeedsRole(Change) && !Roles.All.Contains(Role ?? string.Empty))
            || await mediator.Send(new GetAccount(Id)) is not { Status: not AccountState.Closed } account)
        {
            return false;
        }

        Account = account;
        return true;
    }
}
