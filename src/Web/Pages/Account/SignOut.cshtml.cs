using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Pages.Account;

public sealed class SignOutModel(IMediator mediator) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await mediator.Send(new Border.Accounts.Contracts.SignOut());
        return RedirectToPage("/Index", new { area = "" });
    }
}
