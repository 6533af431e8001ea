namespace Border.Accounts.Data;

/// <summary>One identity document per traveller: the applicant (traveller id = owner id) or a group member.</summary>
internal sealed class IdentityDocument
{
    public Guid Id { get; init; }

    public Guid OwnerId { get; init; }

    public Guid TravellerId { get; init; }

    public required string Type { get; set; }

    public required string Number { get; set; }

    public required string IssuingCountry { get; set; }

    /// <summary>Null for documents that do not expire, such as a birth certificate.</summary>
    public DateOnly? ExpiresOn { get; set; }

    public Guid? PhotoFileId { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public uint Version { get; set; }
}
