using Border.Notifications.Contracts;
using Border.Shared.Validation;

namespace Border.Notifications.Features.PolicyUpdates;

internal sealed class PublishPolicyUpdateValidator : IRequestValidator<PublishPolicyUpdate>
{
    public IEnumerable<ValidationFailure> Validate(PublishPolicyUpdate request)
    {
        if (string.IsNullOrWhiteSpace(request.TitleEnglish))
        {
            yield return new(nameof(request.TitleEnglish), "Enter the title in English.");
        }
        else if (request.TitleEnglish.Trim().Length > PublishPolicyUpdate.TitleMaxLength)
        {
            yield return new(nameof(request.TitleEnglish), "Keep the title to 120 characters or fewer.");
        }
        else if (request.TitleEnglish.Contains('\n', StringComparison.Ordinal) || request.TitleEnglish.Contains('\r', StringComparison.Ordinal))
        {
            yield return new(nameof(request.TitleEnglish), "Write the title on one line.");
        }

        if (string.IsNullOrWhiteSpace(request.BodyEnglish))
        {
            yield return new(nameof(request.BodyEnglish), "Enter the text in English.");
        }
        else if (request.BodyEnglish.Trim().Length > PublishPolicyUpdate.BodyMaxLength)
        {
            yield return new(nameof(request.BodyEnglish), "Keep the text to 4,000 characters or fewer.");
        }

        if (string.IsNullOrWhiteSpace(request.TitleSpanish))
        {
            yield return new(nameof(request.TitleSpanish), "Enter the title in Spanish.");
        }
        else if (request.TitleSpanish.Trim().Length > PublishPolicyUpdate.TitleMaxLength)
        {
            yield return new(nameof(request.TitleSpanish), "Keep the title to 120 characters or fewer.");
        }
        else if (request.TitleSpanish.Contains('\n', StringComparison.Ordinal) || request.TitleSpanish.Contains('\r', StringComparison.Ordinal))
        {
            yield return new(nameof(request.TitleSpanish), "Write the title on one line.");
        }

        if (string.IsNullOrWhiteSpace(request.BodySpanish))
        {
            yield return new(nameof(request.BodySpanish), "Enter the text in Spanish.");
        }
        else if (request.BodySpanish.Trim().Length > PublishPolicyUpdate.BodyMaxLength)
        {
            yield return new(nameof(request.BodySpanish), "Keep the text to 4,000 characters or fewer.");
        }
    }
}
