namespace Border.Shared.Uploads;

/// <summary>
/// Limits and sizes for uploaded images (configuration section "Uploads"). The pixel limits are read from the
/// codec's header, so a small file that would unpack into gigabytes is refused before it is decoded.
/// </summary>
public sealed class UploadOptions
{
    public const string Section = "Uploads";

    /// <summary>Width × height above which an image is refused (40 megapixels: a phone's photo is 12 to 50).</summary>
    public long MaximumPixels { get; set; } = 40_000_000;

    /// <summary>Neither side may be longer than this.</summary>
    public int MaximumSide { get; set; } = 12_000;

    /// <summary>The longest side of the view size shown to officers and in pages.</summary>
    public int ViewSide { get; set; } = 1600;

    /// <summary>The longest side of the thumbnail used in lists (shown 160 px wide, so twice that for sharp screens).</summary>
    public int ThumbnailSide { get; set; } = 320;

    /// <summary>How many images are decoded at once; each may take width × height × 4 bytes of memory.</summary>
    public int ConcurrentDecodes { get; set; } = Math.Max(1, Environment.ProcessorCount);
}
