using Border.Accounts.Contracts.Profile;

namespace Border.Cases.Features.Checks;

/// <summary>One person of the group as the checks see them; <see cref="Relationship"/> is to the applicant (null for the applicant).</summary>
internal sealed record Traveller(Guid Id, string Name, DateOnly? BirthDate, string? Relationship, DocumentView? Document)
{
    public static IReadOnlyList<Traveller> Of(ProfileView profile) =>
    [
        new(profile.UserId, profile.FullName ?? "", profile.DateOfBirth, null, profile.Document),
        .. profile.Members.Select(m => new Traveller(m.Id, m.FullName, m.DateOfBirth, m.Relationship, m.Document)),
    ];

    public bool IsMinorOn(DateOnly day) => BirthDate is { } born && born.AddYears(18) > day;
}
