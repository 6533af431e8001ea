using System.Globalization;
using Border.Accounts.Contracts.Places;
using Border.Scheduling.Contracts;
using Border.Scheduling.Data;
using Border.Scheduling.Rules;
using Border.Shared.Validation;
using MediatR;
using Microsoft.Extensions.Options;

namespace Border.Scheduling.Features.Confirmation;

/// <summary>The location check again, with the request's rules: the state named decides, coordinates are a second look and not kept.</summary>
internal sealed class CheckOfferLocationHandler(
    SchedulingDbContext db, OfferSteps steps, TimeProvider clock, IOptionsMonitor<RegionOptions> region) : IRequestHandler<CheckOfferLocation, bool>
{
    public async Task<bool> Handle(CheckOfferLocation request, CancellationToken cancellationToken)
    {
        if (await steps.OpenAsync(request.UserId, request.AppointmentId, OfferStep.Location, cancellationToken) is not { } offer)
        {
            return false;
        }

        var state = request.State?.Trim().ToUpperInvariant();
        var place = MexicanStates.All.FirstOrDefault(s => s.Code == state)
            ?? throw Refuse("Choose the Mexican state where you are now.");
        if (!region.CurrentValue.Eligible.Contains(place.Code))
        {
            throw Refuse(
                "Appointments are only for people who are in central or northern Mexico now, and {0} is outside that area. We are sorry. You can request once you are in one of the states on the list.",
                place.Name(CultureInfo.CurrentUICulture));
        }

        if (request is { Latitude: { } lat, Longitude: { } lon } && Region.IsValid(lat, lon) && !Region.Contains(lat, lon))
        {
            throw Refuse("The location your phone gave is outside central and northern Mexico, where appointments are given. You need to be there to request. If you are, check your phone's location and try again.");
        }

        offer.Progress!.CurrentState = place.Code;
        offer.Progress.LocationCheckedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static RequestValidationException Refuse(string message, params object[] arguments) =>
        new([new ValidationFailure(nameof(CheckOfferLocation.State), message, arguments)]);
}
