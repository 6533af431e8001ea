using Border.Scheduling.Contracts;
using Border.Shared.Validation;

namespace Border.Scheduling.Features.DrawSuspension;

/// <summary>Applicants read the reason in their language, so both are required; field names are the admin page's.</summary>
internal sealed class SuspendDrawValidator : IRequestValidator<SuspendDraw>
{
    public IEnumerable<ValidationFailure> Validate(SuspendDraw request)
    {
        if (string.IsNullOrWhiteSpace(request.ReasonEnglish) || request.ReasonEnglish.Trim().Length > SuspendDraw.ReasonMaximumLength)
        {
            yield return new ValidationFailure("ReasonEnglish", "Enter the reason in English, at most {0} characters.", SuspendDraw.ReasonMaximumLength);
        }

        if (string.IsNullOrWhiteSpace(request.ReasonSpanish) || request.ReasonSpanish.Trim().Length > SuspendDraw.ReasonMaximumLength)
        {
            yield return new ValidationFailure("ReasonSpanish", "Enter the reason in Spanish, at most {0} characters.", SuspendDraw.ReasonMaximumLength);
        }
    }
}
