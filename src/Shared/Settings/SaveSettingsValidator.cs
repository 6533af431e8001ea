using Border.Shared.Validation;

namespace Border.Shared.Settings;

/// <summary>The limits the page promises in its hints; field names are the page's.</summary>
internal sealed class SaveSettingsValidator : IRequestValidator<SaveSettings>
{
    public IEnumerable<ValidationFailure> Validate(SaveSettings request)
    {
        var s = request.Settings;
        if (s.Opens >= s.Closes)
        {
            yield return new ValidationFailure("Opens", "The request window must open before it closes.");
        }

        if (s.LeadDays is < 2 or > 60)
        {
            yield return new ValidationFailure("LeadDays", "Enter a lead time from {0} to {1} days.", 2, 60);
        }

        if (s.LongestWaitingPercent is < 0 or > 100)
        {
            yield return new ValidationFailure("LongestWaitingPercent", "Enter a share from 0 to 100 percent.");
        }

        if (s.ConfirmationHours is < 1 or > 72)
        {
            yield return new ValidationFailure("ConfirmationHours", "Enter a confirmation time from {0} to {1} hours.", 1, 72);
        }

        if (s.ReminderHours < 1 || s.ReminderHours >= s.ConfirmationHours)
        {
            yield return new ValidationFailure("ReminderHours", "The reminder must go at least 1 hour before the deadline and within the confirmation time.");
        }

        if (s.EligibleStates.Count == 0)
        {
            yield return new ValidationFailure("EligibleStates", "Choose at least one state whose people may request.");
        }
        else if (s.EligibleStates.Any(code => code is not { Length: 3 } || !code.All(char.IsAsciiLetterUpper)))
        {
            yield return new ValidationFailure("EligibleStates", "Choose states from the list.");
        }

        if (s.GroupMaximum is < 1 or > 20)
        {
            yield return new ValidationFailure("GroupMaximum", "Enter a group size from {0} to {1} people.", 1, 20);
        }
    }
}
