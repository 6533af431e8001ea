namespace Border.Accounts.Data;

/// <summary>Someone who travels with the applicant. They have no account; the applicant speaks for them.</summary>
internal sealed class GroupMember
{
    public Guid Id { get; init; }

    public Guid OwnerId { get; init; }

    public required string FullName { get; set; }

    public DateOnly DateOfBirth { get; set; }

    public required string Nationality { get; set; }

    public required string Relationship { get; set; }

    public DateTimeOffset AddedAt { get; init; }

    public uint Version { get; set; }
}
