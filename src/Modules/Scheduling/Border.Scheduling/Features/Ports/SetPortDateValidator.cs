using Border.Scheduling.Contracts;
using Border.Shared.Validation;

namespace Border.Scheduling.Features.Ports;

internal sealed class SetPortDateValidator : IRequestValidator<SetPortDate>
{
    public IEnumerable<ValidationFailure> Validate(SetPortDate request)
    {
        if (request.Date is null)
        {
            yield return new ValidationFailure(nameof(request.Date), "Enter the date.");
        }

        if (request.Closed)
        {
            if (string.IsNullOrWhiteSpace(request.Reason))
            {
                yield return new ValidationFailure(nameof(request.Reason), "Say why the port is closed that day. Applicants read it.");
            }
            else if (request.Reason.Trim().Length > SetPortDate.ReasonMaxLength)
            {
                yield return new ValidationFailure(nameof(request.Reason), "Keep the reason to 300 characters or fewer.");
            }
        }
        else if (request.Capacity is not (>= 0 and <= ChangePortCapacity.MaximumDailyCapacity))
        {
            yield return new ValidationFailure(nameof(request.Capacity), "Enter the people that day as a whole number from 0 to 10,000, or close the date.");
        }
    }
}
