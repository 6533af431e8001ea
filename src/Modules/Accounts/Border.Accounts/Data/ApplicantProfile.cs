namespace Border.Accounts.Data;

/// <summary>
/// The applicant's own answers, filled in one page at a time, so every answer may still be missing. The
/// U.S. destination address belongs to the whole group.
/// </summary>
internal sealed class ApplicantProfile
{
    public Guid UserId { get; init; }

    public string? FullName { get; set; }

    public string? OtherNames { get; set; }

    public DateOnly? DateOfBirth { get; set; }

    public string? Sex { get; set; }

    public string? CountryOfBirth { get; set; }

    public string? Nationality { get; set; }

    public string? Phone { get; set; }

    public string? CurrentCity { get; set; }

    public string? CurrentState { get; set; }

    public string? DestinationStreet { get; set; }

    public string? DestinationUnit { get; set; }

    public string? DestinationCity { get; set; }

    public string? DestinationState { get; set; }

    public string? DestinationZip { get; set; }

    public Guid? SelfieFileId { get; set; }

    /// <summary>The confirmed appointment the group travels to; while set, nobody joins, leaves or changes.</summary>
    public Guid? GroupFrozenFor { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>PostgreSQL's row version: two tabs saving different pages never lose each other's answers silently.</summary>
    public uint Version { get; set; }
}
