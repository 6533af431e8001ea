using Border.Accounts.Contracts.Profile;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Border.Web.Pages.Profile;

public sealed class NationalityModel(IMediator mediator) : ProfilePageModel(mediator)
{
    [BindProperty]
    public NationalityForm Input { get; set; } = new();

    public async Task OnGetAsync()
    {
        var profile = await LoadAsync();
        Input = new NationalityForm { CountryOfBirth = profile.CountryOfBirth, Nationality = profile.Nationality };
    }

    public Task<IActionResult> OnPostAsync() =>
        SaveAsync(new SaveNationality(User.Id(), Input.CountryOfBirth, Input.Nationality), ProfileSection.Nationality);

    public sealed class NationalityForm
    {
        public string? CountryOfBirth { get; set; }

        public string? Nationality { get; set; }
    }
}
