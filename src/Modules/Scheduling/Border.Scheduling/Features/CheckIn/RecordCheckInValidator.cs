using Border.Scheduling.Contracts;
using Border.Shared.Validation;

namespace Border.Scheduling.Features.CheckIn;

internal sealed class RecordCheckInValidator : IRequestValidator<RecordCheckIn>
{
    public IEnumerable<ValidationFailure> Validate(RecordCheckIn request)
    {
        if (request.Outcome is null || !Enum.IsDefined(request.Outcome.Value))
        {
            yield return new ValidationFailure(nameof(request.Outcome), "Choose what happened at the port.");
        }
        else if (request.Outcome == CheckInOutcome.IdentityMismatch && string.IsNullOrWhiteSpace(request.Note))
        {
            yield return new ValidationFailure(nameof(request.Note), "Say in a few words what did not match.");
        }

        if (request.Note?.Trim().Length > RecordCheckIn.NoteMaxLength)
        {
            yield return new ValidationFailure(nameof(request.Note), "Keep the note to 300 characters or fewer.");
        }
    }
}
