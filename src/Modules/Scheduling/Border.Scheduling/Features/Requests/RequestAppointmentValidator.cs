using Border.Scheduling.Contracts;
using Border.Shared.Validation;

namespace Border.Scheduling.Features.Requests;

internal sealed class RequestAppointmentValidator : IRequestValidator<RequestAppointment>
{
    public IEnumerable<ValidationFailure> Validate(RequestAppointment request)
    {
        if (string.IsNullOrWhiteSpace(request.PortCode))
        {
            yield return new ValidationFailure(nameof(request.PortCode), "Choose the port where you want your appointment.");
        }

        if (string.IsNullOrWhiteSpace(request.State))
        {
            yield return new ValidationFailure(nameof(request.State), "Choose the Mexican state where you are now.");
        }
    }
}
