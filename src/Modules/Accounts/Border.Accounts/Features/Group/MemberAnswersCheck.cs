using Border.Accounts.Contracts.Profile;
using Border.Accounts.Rules;
using Border.Shared.Validation;

namespace Border.Accounts.Features.Group;

internal static class MemberAnswersCheck
{
    public static IEnumerable<ValidationFailure> Validate(MemberAnswers answers, DateOnly today)
    {
        var problem = DateAnswer.Read(answers.DateOfBirth, out var date);
        ValidationFailure?[] failures =
        [
            Answers.Name(nameof(answers.FullName), answers.FullName, "Enter their full name as it is written on their identity document."),
            Answers.BirthDate(nameof(answers.DateOfBirth), problem, date, today, "Enter their date of birth."),
            Answers.Country(nameof(answers.Nationality), answers.Nationality, "Choose their nationality."),
            answers.Relationship is not null && Relationships.All.Contains(answers.Relationship)
                ? null
                : new ValidationFailure(nameof(answers.Relationship), "Choose how they are related to you."),
        ];
        return failures.OfType<ValidationFailure>();
    }
}

internal sealed class AddGroupMemberValidator(TimeProvider clock) : IRequestValidator<AddGroupMember>
{
    public IEnumerable<ValidationFailure> Validate(AddGroupMember request) =>
        MemberAnswersCheck.Validate(request.Answers, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
}

internal sealed class UpdateGroupMemberValidator(TimeProvider clock) : IRequestValidator<UpdateGroupMember>
{
    public IEnumerable<ValidationFailure> Validate(UpdateGroupMember request) =>
        MemberAnswersCheck.Validate(request.Answers, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
}
