using System.Globalization;
using Border.Accounts.Contracts.Profile;
using Border.Scheduling.Contracts;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Border.Web.Pages.Appointments.Offers;

/// <summary>The location check again, with the request's rules.</summary>
public sealed class LocationModel(IMediator mediator) : OfferPageModel(mediator)
{
    [BindProperty]
    public string? State { get; set; }

    [BindProperty]
    public string? Latitude { get; set; }

    [BindProperty]
    public string? Longitude { get; set; }

    /// <summary>The state starts as the profile says; the person changes it if they have moved.</summary>
    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync(OfferStep.Location) is { } elsewhere)
        {
            return elsewhere;
        }

        State = (await Mediator.Send(new GetProfile(User.Id()))).CurrentState;
        return Page();
    }

    public Task<IActionResult> OnPostAsync() =>
        StepAsync(OfferStep.Location, () => Mediator.Send(new CheckOfferLocation(User.Id(), Id, State, Coordinate(Latitude), Coordinate(Longitude))));

    /// <summary>The script writes plain decimals; anything else counts as no location.</summary>
    private static double? Coordinate(string? value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;
}
