using Border.Accounts.Contracts.Profile;
using Border.Shared.Validation;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Pages.Profile.Group;

/// <summary>"Are you sure?": removing a person also deletes their document and its photo.</summary>
public sealed class RemoveModel(IMediator mediator) : PageModel
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
        try
        {
            if (!await mediator.Send(new RemoveGroupMember(User.Id(), Id)))
            {
                return NotFound();
            }
        }
        catch (RequestValidationException refused)
        {
            this.AddFailures(refused, prefix: string.Empty);
            return await OnGetAsync();
        }

        return Redirect("/profile/group");
    }
}
