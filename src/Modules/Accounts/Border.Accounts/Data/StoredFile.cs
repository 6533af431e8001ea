namespace Border.Accounts.Data;

/// <summary>A photo or scan, encrypted with Data Protection before it reaches the database; the name is Border's.</summary>
internal sealed class StoredFile
{
    public Guid Id { get; init; }

    public Guid OwnerId { get; init; }

    public required string Purpose { get; init; }

    public required string ContentType { get; init; }

    /// <summary>Size of the kept original in bytes (for an image, as re-encoded without its metadata).</summary>
    public int Length { get; init; }

    public required byte[] Ciphertext { get; init; }

    /// <summary>The view size (a JPEG) made at upload, encrypted too; null for a PDF.</summary>
    public byte[]? ViewCiphertext { get; init; }

    /// <summary>The thumbnail (a JPEG) made at upload, encrypted too; null for a PDF.</summary>
    public byte[]? ThumbnailCiphertext { get; init; }

    public DateTimeOffset StoredAt { get; init; }
}
