using Border.Accounts.Contracts.Profile;

namespace Border.Web.Pages.Profile.Group;

public sealed class MemberForm
{
    public string? FullName { get; set; }

    public DateParts DateOfBirth { get; set; } = new(null, null, null);

    public string? Nationality { get; set; }

    public string? Relationship { get; set; }

    public MemberAnswers ToAnswers() => new(FullName, DateOfBirth, Nationality, Relationship);

    public static MemberForm From(MemberView member) => new()
    {
        FullName = member.FullName,
        DateOfBirth = DateParts.From(member.DateOfBirth),
        Nationality = member.Nationality,
        Relationship = member.Relationship,
    };
}
