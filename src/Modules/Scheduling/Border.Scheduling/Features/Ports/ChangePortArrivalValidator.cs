using Border.Scheduling.Contracts;
using Border.Shared.Validation;

namespace Border.Scheduling.Features.Ports;

internal sealed class ChangePortArrivalValidator : IRequestValidator<ChangePortArrival>
{
    public IEnumerable<ValidationFailure> Validate(ChangePortArrival request)
    {
        if (string.IsNullOrWhiteSpace(request.Address))
        {
            yield return new ValidationFailure(nameof(request.Address), "Enter the port's address: street, city, state and ZIP code.");
        }
        else if (request.Address.Trim().Length > ChangePortArrival.AddressMaxLength)
        {
            yield return new ValidationFailure(nameof(request.Address), "Write the address in {0} characters or fewer.", ChangePortArrival.AddressMaxLength);
        }

        if (request.Latitude is null != request.Longitude is null)
        {
            yield return new ValidationFailure(request.Latitude is null ? nameof(request.Latitude) : nameof(request.Longitude),
                "Enter both the latitude and the longitude, or neither.");
        }

        if (request.Latitude is < -90 or > 90)
        {
            yield return new ValidationFailure(nameof(request.Latitude), "Enter the latitude in degrees, from -90 to 90, like 32.5433.");
        }

        if (request.Longitude is < -180 or > 180)
        {
            yield return new ValidationFailure(nameof(request.Longitude), "Enter the longitude in degrees, from -180 to 180, like -117.0297.");
        }

        if (request.ArriveMinutesBefore is not (>= 0 and <= 240))
        {
            yield return new ValidationFailure(nameof(request.ArriveMinutesBefore), "Enter the minutes to arrive before the slot as a whole number from 0 to 240.");
        }
    }
}
