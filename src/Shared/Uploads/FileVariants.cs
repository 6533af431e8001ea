namespace Border.Shared.Uploads;

/// <summary>How a page names a variant in its address (<c>?size=view</c>, <c>?size=small</c>), and the file name of each.</summary>
public static class FileVariants
{
    public const string ViewQuery = "size=view";
    public const string ThumbnailQuery = "size=small";

    public static FileVariant FromQuery(string? size) => size switch
    {
        "view" => FileVariant.View,
        "small" => FileVariant.Thumbnail,
        _ => FileVariant.Original,
    };

    public static string ContentType(FileVariant variant, string originalContentType) =>
        variant == FileVariant.Original ? originalContentType : CheckedUpload.VariantContentType;

    public static string FileName(Guid fileId, FileVariant variant, string originalContentType)
    {
        var suffix = variant switch
        {
            FileVariant.View => "-view",
            FileVariant.Thumbnail => "-small",
            _ => string.Empty,
        };
        return $"border-{fileId:N}{suffix}{FileKinds.Extension(ContentType(variant, originalContentType))}";
    }
}
