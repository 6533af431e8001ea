using Border.Accounts.Contracts.Profile;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Pages.Profile.Group;

public sealed class IndexModel(IMediator mediator) : PageModel
{
    public ProfileView Profile { get; private set; } = null!;

    public async Task OnGetAsync() => Profile = await mediator.Send(new GetProfile(User.Id()));
}
