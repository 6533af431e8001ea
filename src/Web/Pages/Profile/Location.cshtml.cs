using Border.Accounts.Contracts.Profile;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Border.Web.Pages.Profile;

public sealed class LocationModel(IMediator mediator) : ProfilePageModel(mediator)
{
    [BindProperty]
    public LocationForm Input { get; set; } = new();

    public async Task OnGetAsync()
    {
        var profile = await LoadAsync();
        Input = new LocationForm { City = profile.CurrentCity, State = profile.CurrentState };
    }

    public Task<IActionResult> OnPostAsync() =>
        SaveAsync(new SaveCurrentLocation(User.Id(), Input.City, Input.State), ProfileSection.CurrentLocation);

    public sealed class LocationForm
    {
        public string? City { get; set; }

        public string? State { get; set; }
    }
}
