namespace Border.Messaging.Data;

/// <summary>The name an officer chose to sign their messages with ("Officer Marta"); never their email.</summary>
internal sealed class OfficerName
{
    public Guid StaffId { get; init; }

    public required string Name { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
