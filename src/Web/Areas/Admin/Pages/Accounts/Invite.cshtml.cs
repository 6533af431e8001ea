using System.ComponentModel.DataAnnotations;
using Border.Accounts.Contracts;
using Border.Shared.Localization;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Areas.Admin.Pages.Accounts;

public sealed class InviteModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public InviteForm Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var id = await mediator.Send(new InviteStaff(User.Id(), Input.Email ?? string.Empty, Input.Role ?? string.Empty, Input.Culture ?? string.Empty));

        return RedirectToPage("/Accounts/Show", new { area = "Admin", id, done = "invited" });
    }

    public sealed class InviteForm
    {
        [Display(Name = "Email address")]
        public string? Email { get; set; }

        [Display(Name = "Role")]
        public string? Role { get; set; }

        [Display(Name = "Language for their emails")]
        public string? Culture { get; set; } = Cultures.English;
    }
}
