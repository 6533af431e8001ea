using Border.Accounts.Contracts.Profile;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Pages.Profile.Group;

public sealed class AddModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public MemberForm Input { get; set; } = new();

    /// <summary>The group is confirmed for an appointment: the page says why nobody can be added, not a form that would be refused.</summary>
    public bool Frozen { get; private set; }

    public async Task OnGetAsync() => Frozen = (await mediator.Send(new GetProfile(User.Id()))).GroupFrozen;

    public async Task<IActionResult> OnPostAsync()
    {
        var memberId = await mediator.Send(new AddGroupMember(User.Id(), Input.ToAnswers()));

        return RedirectToPage("/Profile/Document", new { area = "", travellerId = memberId });
    }
}
