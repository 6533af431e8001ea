using Border.Accounts.Contracts.Profile;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Pages.Profile.Group;

/// <summary>"Are you sure?": removing a person also deletes their document and its photo.</summary>
[RefusalFields("")]
public sealed class RemoveModel(IMediator mediator) : PageModel, IRedisplayAfterRefusal
{
    [FromRoute]
    public Guid Id { get; set; }

    public string MemberName { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync()
    {
        var profile = await mediator.Send(new GetProfile(User.Id()));
        if (profile.Members.FirstOrDefault(m => m.Id == Id) is not { } member)
        {
            return NotFound();
        }

        MemberName = member.FullName;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await mediator.Send(new RemoveGroupMember(User.Id(), Id)))
        {
            return NotFound();
        }

        return RedirectToPage("/Profile/Group/Index", new { area = "" });
    }

    /// <summary>A refusal shows the page again with what it shows reloaded.</summary>
    public async Task<IActionResult> RedisplayAsync()
    {
        return await OnGetAsync();
    }
}
