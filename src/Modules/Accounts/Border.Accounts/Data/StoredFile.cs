namespace Border.Accounts.Data;

/// <summary>A photo or scan, encrypted with Data Protection before it reaches the database; the name is Border's.</summary>
internal sealed class StoredFile
{
    public Guid Id { get; init; }

    public Guid OwnerId { get; init; }

    public required string Purpose { get; init; }

    public required string ContentType { get; init; }

    /// <summary>Size of the original file in bytes.</summary>
    public int Length { get; init; }

    public required byte[] Ciphertext { get; init; }

    /// <summary>The small preview a phone camera embeds in its JPEG (EXIF), encrypted too; null when there is none.</summary>
    public byte[]? ThumbnailCiphertext { get; init; }

    public DateTimeOffset StoredAt { get; init; }
}
