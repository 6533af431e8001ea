using Border.Accounts.Contracts.Profile;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Border.Web.Pages.Profile;

public sealed class NameModel(IMediator mediator) : ProfilePageModel(mediator)
{
    [BindProperty]
    public NameForm Input { get; set; } = new();

    public async Task OnGetAsync()
    {
        var profile = await LoadAsync();
        Input = new NameForm { FullName = profile.FullName, OtherNames = profile.OtherNames };
    }

    public Task<IActionResult> OnPostAsync() =>
        SaveAsync(new SaveName(User.Id(), Input.FullName, Input.OtherNames), ProfileSection.Name);

    public sealed class NameForm
    {
        public string? FullName { get; set; }

        public string? OtherNames { get; set; }
    }
}
