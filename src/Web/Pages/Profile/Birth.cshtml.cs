using Border.Accounts.Contracts.Profile;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Border.Web.Pages.Profile;

public sealed class BirthModel(IMediator mediator) : ProfilePageModel(mediator)
{
    [BindProperty]
    public BirthForm Input { get; set; } = new();

    public async Task OnGetAsync()
    {
        var profile = await LoadAsync();
        Input = new BirthForm { DateOfBirth = DateParts.From(profile.DateOfBirth), Sex = profile.Sex };
    }

    public Task<IActionResult> OnPostAsync() =>
        SaveAsync(new SaveBirth(User.Id(), Input.DateOfBirth, Input.Sex), ProfileSection.Birth);

    public sealed class BirthForm
    {
        public DateParts DateOfBirth { get; set; } = new(null, null, null);

        public string? Sex { get; set; }
    }
}
