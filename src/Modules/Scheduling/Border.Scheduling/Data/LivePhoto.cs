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

    /// <summary>The photo re-encoded without its metadata; the view size and thumbnail below were made from it at upload.</summary>
    public byte[]? Ciphertext { get; set; }

    public byte[]? ViewCiphertext { get; set; }

    public byte[]? ThumbnailCiphertext { get; set; }

    public DateTimeOffset TakenAt { get; set; }
}
