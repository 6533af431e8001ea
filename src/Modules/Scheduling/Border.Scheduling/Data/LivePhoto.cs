namespace Border.Scheduling.Data;

/// <summary>
/// A traveller's live photo taken while confirming, encrypted with Data Protection; no content when the
/// photo could not be taken (the appointment is then flagged for identity review).
/// </summary>
internal sealed class LivePhoto
{
    public Guid Id { get; init; }

    public Guid AppointmentId { get; init; }

    public Guid TravellerId { get; init; }

    public string? ContentType { get; set; }

    public int Length { get; set; }

    public byte[]? Ciphertext { get; set; }

    public DateTimeOffset TakenAt { get; set; }
}
