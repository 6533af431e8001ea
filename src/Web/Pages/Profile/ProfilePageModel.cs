using Border.Accounts.Contracts.Profile;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Pages.Profile;

/// <summary>One page of the profile: show what was saved, save what was typed, go on to the next page.</summary>
public abstract class ProfilePageModel(IMediator mediator) : PageModel
{
    /// <summary>Set when the person came from check your answers; saving takes them back there.</summary>
    [FromQuery(Name = "change")]
    public bool Changing { get; set; }

    protected IMediator Mediator => mediator;

    protected Task<ProfileView> LoadAsync() => mediator.Send(new GetProfile(User.Id()));

    protected async Task<IActionResult> SaveAsync(IRequest<Unit> command, ProfileSection section)
    {
        await mediator.Send(command);

        return Redirect(ProfileFlow.After(section, User.Id(), null, Changing));
    }
}
