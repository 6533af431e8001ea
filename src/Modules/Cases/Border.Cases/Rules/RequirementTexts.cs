using Border.Cases.Contracts.Requirements;
using Border.Shared.Validation;

namespace Border.Cases.Rules;

/// <summary>What a supervisor typed, trimmed and checked: English whole, Spanish whole or left out, each within its length.</summary>
internal sealed record RequirementTexts(string TitleEnglish, string BodyEnglish, string? TitleSpanish, string? BodySpanish)
{
    public static RequirementTexts Validate(PublishRequirement request)
    {
        var failures = new List<ValidationFailure>();
        var titleEnglish = Check(request.TitleEnglish, nameof(request.TitleEnglish), required: true, PublishRequirement.TitleMaxLength, "Enter the title in English, at most {0} characters.", failures);
        var bodyEnglish = Check(request.BodyEnglish, nameof(request.BodyEnglish), required: true, PublishRequirement.BodyMaxLength, "Enter the text in English, at most {0} characters.", failures);
        var titleSpanish = request.TitleSpanish?.Trim() ?? string.Empty;
        var bodySpanish = request.BodySpanish?.Trim() ?? string.Empty;
        var anySpanish = titleSpanish.Length > 0 || bodySpanish.Length > 0;
        titleSpanish = Check(titleSpanish, nameof(request.TitleSpanish), anySpanish, PublishRequirement.TitleMaxLength, "Enter the title in Spanish, at most {0} characters, or leave both Spanish fields empty.", failures);
        bodySpanish = Check(bodySpanish, nameof(request.BodySpanish), anySpanish, PublishRequirement.BodyMaxLength, "Enter the text in Spanish, at most {0} characters, or leave both Spanish fields empty.", failures);
        if (failures.Count > 0)
        {
            throw new RequestValidationException(failures);
        }

        return new RequirementTexts(titleEnglish, bodyEnglish, anySpanish ? titleSpanish : null, anySpanish ? bodySpanish : null);
    }

    private static string Check(string? value, string field, bool required, int maxLength, string message, List<ValidationFailure> failures)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        if ((required && trimmed.Length == 0) || trimmed.Length > maxLength)
        {
            failures.Add(new ValidationFailure(field, message, maxLength));
        }

        return trimmed;
    }
}
