using SkiaSharp;

namespace Border.Shared.Uploads;

/// <summary>
/// Turns a decoded image upright as its EXIF orientation says, since that tag goes when the metadata is stripped.
/// Skia's decoders leave the pixels as stored; the eight cases are the TIFF orientation values 1 to 8.
/// </summary>
internal static class ImageOrientation
{
    public static SKSizeI Size(SKEncodedOrigin origin, int width, int height) =>
        SwapsSides(origin) ? new SKSizeI(height, width) : new SKSizeI(width, height);

    /// <summary>Maps the stored pixels (width × height) onto the upright image.</summary>
    public static SKMatrix Matrix(SKEncodedOrigin origin, int width, int height) => origin switch
    {
        SKEncodedOrigin.TopRight => Of(-1, 0, width, 0, 1, 0),
        SKEncodedOrigin.BottomRight => Of(-1, 0, width, 0, -1, height),
        SKEncodedOrigin.BottomLeft => Of(1, 0, 0, 0, -1, height),
        SKEncodedOrigin.LeftTop => Of(0, 1, 0, 1, 0, 0),
        SKEncodedOrigin.RightTop => Of(0, -1, height, 1, 0, 0),
        SKEncodedOrigin.RightBottom => Of(0, -1, height, -1, 0, width),
        SKEncodedOrigin.LeftBottom => Of(0, 1, 0, -1, 0, width),
        _ => SKMatrix.Identity,
    };

    private static bool SwapsSides(SKEncodedOrigin origin) =>
        origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;

    private static SKMatrix Of(float scaleX, float skewX, float transX, float skewY, float scaleY, float transY) =>
        new(scaleX, skewX, transX, skewY, scaleY, transY, 0, 0, 1);
}
