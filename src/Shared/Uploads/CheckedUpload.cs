namespace Border.Shared.Uploads;

/// <summary>
/// A file that passed the upload checks. An image is re-encoded without its metadata (EXIF, GPS) and comes with a
/// view size and a thumbnail made once, here; a PDF is kept as sent and has neither.
/// </summary>
public sealed record CheckedUpload(string ContentType, byte[] Original, byte[]? View, byte[]? Thumbnail)
{
    /// <summary>What the view and the thumbnail are encoded as.</summary>
    public const string VariantContentType = FileKinds.Jpeg;

    public bool IsImage => View is not null;

    /// <summary>The bytes of one variant; the original when the file has no such variant.</summary>
    public byte[]? Variant(FileVariant variant) => variant switch
    {
        FileVariant.View => View,
        FileVariant.Thumbnail => Thumbnail,
        _ => Original,
    };
}

/// <summary>Which stored form of a file a page asks for. Pages send the original only when the person asks for it.</summary>
public enum FileVariant
{
    Original,
    View,
    Thumbnail,
}
