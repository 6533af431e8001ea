using Border.Accounts.Contracts.Profile;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Pages.Profile.Group;

public sealed class EditModel(IMediator mediator) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public MemberForm Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        var profile = await mediator.Send(new GetProfile(User.Id()));
        if (profile.Members.FirstOrDefault(m => m.Id == Id) is not { } member)
        {
            return NotFound();
        }

        Input = MemberForm.From(member);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await mediator.Send(new UpdateGroupMember(User.Id(), Id, Input.ToAnswers())))
        {
            return NotFound();
        }

        return RedirectToPage("/Profile/Group/Index", new { area = "" });
    }
}
