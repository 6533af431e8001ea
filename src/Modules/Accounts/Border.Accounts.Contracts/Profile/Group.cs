using MediatR;

namespace Border.Accounts.Contracts.Profile;

/// <summary>Someone who travels with the applicant. Returns the member's id.</summary>
public sealed record AddGroupMember(Guid UserId, MemberAnswers Answers) : IRequest<Guid>;

/// <summary>False when the member is not in the person's own group: the page answers 404.</summary>
public sealed record UpdateGroupMember(Guid UserId, Guid MemberId, MemberAnswers Answers) : IRequest<bool>;

public sealed record RemoveGroupMember(Guid UserId, Guid MemberId) : IRequest<bool>;

public sealed record MemberAnswers(string? FullName, DateParts DateOfBirth, string? Nationality, string? Relationship);

public static class Relationships
{
    public const string Spouse = "spouse";
    public const string Child = "child";
    public const string Parent = "parent";
    public const string Sibling = "sibling";
    public const string Grandparent = "grandparent";
    public const string Grandchild = "grandchild";
    public const string OtherRelative = "other-relative";
    public const string Companion = "companion";

    public static readonly IReadOnlyList<string> All =
        [Spouse, Child, Parent, Sibling, Grandparent, Grandchild, OtherRelative, Companion];
}
