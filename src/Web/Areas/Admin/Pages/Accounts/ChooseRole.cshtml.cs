using System.ComponentModel.DataAnnotations;
using Border.Accounts.Contracts;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Areas.Admin.Pages.Accounts;

/// <summary>Which role to give; the next page asks to confirm it.</summary>
public sealed class ChooseRoleModel(IMediator mediator) : PageModel
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

        if (!ModelState.IsValid || !Roles.Staff.Contains(Input.Role!))
        {
            return Page();
        }

        return Redirect($"/admin/accounts/{Id}/{AccountChanges.AddRole}?role={Input.Role}");
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
        [Required(ErrorMessage = "Choose the role to give.")]
        [Display(Name = "Role")]
        public string? Role { get; set; }
    }
}
