using Border.Scheduling.Contracts;
using Border.Shared.Validation;

namespace Border.Scheduling.Features.Ports;

internal sealed class ChangePortCapacityValidator : IRequestValidator<ChangePortCapacity>
{
    public IEnumerable<ValidationFailure> Validate(ChangePortCapacity request)
    {
        if (request.DailyCapacity is not (>= 0 and <= ChangePortCapacity.MaximumDailyCapacity))
        {
            yield return new ValidationFailure(nameof(request.DailyCapacity), "Enter the people a day as a whole number from 0 to 10,000.");
        }

        if (request.FirstSlot is null)
        {
            yield return new ValidationFailure(nameof(request.FirstSlot), "Enter the time of the first slot, like 07:00.");
        }

        if (request.LastSlot is null)
        {
            yield return new ValidationFailure(nameof(request.LastSlot), "Enter the time of the last slot, like 15:00.");
        }
        else if (request.FirstSlot is { } first && request.LastSlot < first)
        {
            yield return new ValidationFailure(nameof(request.LastSlot), "The last slot must be at or after the first slot.");
        }

        if (request.SlotMinutes is not (>= 5 and <= 240))
        {
            yield return new ValidationFailure(nameof(request.SlotMinutes), "Enter the minutes between slots as a whole number from 5 to 240.");
        }
    }
}
