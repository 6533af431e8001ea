using Border.Accounts.Contracts.Profile;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Border.Web.Pages.Profile;

public sealed class DestinationModel(IMediator mediator) : ProfilePageModel(mediator)
{
    [BindProperty]
    public DestinationForm Input { get; set; } = new();

    public async Task OnGetAsync()
    {
        var destination = (await LoadAsync()).Destination;
        Input = new DestinationForm
        {
            Street = destination.Street, Unit = destination.Unit, City = destination.City, State = destination.State, Zip = destination.Zip,
        };
    }

    public Task<IActionResult> OnPostAsync() =>
        SaveAsync(new SaveDestination(User.Id(), Input.Street, Input.Unit, Input.City, Input.State, Input.Zip), ProfileSection.Destination);

    public sealed class DestinationForm
    {
        public string? Street { get; set; }

        public string? Unit { get; set; }

        public string? City { get; set; }

        public string? State { get; set; }

        public string? Zip { get; set; }
    }
}
