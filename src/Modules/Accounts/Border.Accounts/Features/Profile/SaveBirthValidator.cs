using Border.Accounts.Contracts.Profile;
using Border.Accounts.Rules;
using Border.Shared.Validation;

namespace Border.Accounts.Features.Profile;

internal sealed class SaveBirthValidator(TimeProvider clock) : IRequestValidator<SaveBirth>
{
    public IEnumerable<ValidationFailure> Validate(SaveBirth request)
    {
        var problem = DateAnswer.Read(request.DateOfBirth, out var date);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (Answers.BirthDate(nameof(request.DateOfBirth), problem, date, today, "Enter your date of birth.") is { } birth)
        {
            yield return birth;
        }

        if (request.Sex is null || !Sexes.All.Contains(request.Sex))
        {
            yield return new ValidationFailure(nameof(request.Sex), "Choose the sex written on your identity document.");
        }
    }
}
