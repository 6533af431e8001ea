using System.ComponentModel.DataAnnotations;
using Border.Accounts.Contracts;
using Border.Shared.Localization;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Border.Web.Areas.Admin.Pages.Accounts;

/// <summary>Which role to give; the next page asks to confirm it.</summary>
public sealed class ChooseRoleModel(IMediator mediator, IStringLocalizer<Strings> S) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public ChooseRoleForm Input { get; set; } = new();

    public AccountDetails Account { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        // Checked here, not by an attribute: with no radio chosen the form sends no Input field at all, and
        // the binder would then report the error under "Role" instead of the field's own name.
        if (!Roles.Staff.Contains(Input.Role ?? string.Empty))
        {
            ModelState.AddModelError("Input.Role", S["Choose the role to give."]);
            return Page();
        }

        return RedirectToPage("/Accounts/Confirm", new { area = "Admin", id = Id, change = AccountChanges.AddRole, role = Input.Role });
    }

    private async Task<bool> LoadAsync()
    {
        if (await mediator.Send(new GetAccount(Id)) is not { Status: not AccountState.Closed } account)
        {
            return false;
        }

        Account = account;
        return true;
    }

    public sealed class ChooseRoleForm
    {
        [Display(Name = "Role")]
        public string? Role { get; set; }
    }
}
