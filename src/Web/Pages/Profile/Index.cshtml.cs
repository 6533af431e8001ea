using Border.Accounts.Contracts.Profile;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Pages.Profile;

/// <summary>Check your answers: everything in one place, each with a link to change it.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public ProfileView Profile { get; private set; } = null!;

    public async Task OnGetAsync() => Profile = await mediator.Send(new GetProfile(User.Id()));
}
