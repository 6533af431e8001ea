using SkiaSharp;

namespace Border.Shared.Uploads;

/// <summary>
/// Decodes an image once, after its header passed the pixel limits, and encodes what Border keeps: the image upright
/// and stripped of metadata (SkiaSharp's encoders write pixels, not the EXIF block they were read with), a view size
/// and a thumbnail.
/// </summary>
internal static class ImageVariants
{
    private const int OriginalJpegQuality = 90;
    private const int ViewQuality = 80;
    private const int ThumbnailQuality = 70;
    private static readonly SKSamplingOptions Smooth = new(SKFilterMode.Linear, SKMipmapMode.Linear);

    public static CheckedUpload Make(byte[] bytes, string contentType, string field, UploadOptions limits)
    {
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        var format = contentType == FileKinds.Jpeg ? SKEncodedImageFormat.Jpeg : SKEncodedImageFormat.Png;
        if (codec is null || codec.EncodedFormat != format)
        {
            throw Unreadable(field);
        }

        // Only the header has been read so far: refuse a decompression bomb before a pixel is decoded.
        var (width, height) = (codec.Info.Width, codec.Info.Height);
        if (width <= 0 || height <= 0)
        {
            throw Unreadable(field);
        }

        if (width > limits.MaximumSide || height > limits.MaximumSide || (long)width * height > limits.MaximumPixels)
        {
            throw FileUpload.Refused(field, "This image is too large ({0} × {1} pixels). Send a photo of at most {2} megapixels, with no side longer than {3} pixels.",
                width, height, limits.MaximumPixels / 1_000_000, limits.MaximumSide);
        }

        using var decoded = Decode(codec) ?? throw Unreadable(field);
        var origin = codec.EncodedOrigin;
        var upright = ImageOrientation.Size(origin, width, height);
        var original = format == SKEncodedImageFormat.Jpeg
            ? Render(decoded, origin, upright, 1, SKEncodedImageFormat.Jpeg, OriginalJpegQuality)
            : Render(decoded, origin, upright, 1, SKEncodedImageFormat.Png, 100);
        var view = Render(decoded, origin, upright, Scale(upright, limits.ViewSide), SKEncodedImageFormat.Jpeg, ViewQuality);
        var thumbnail = Render(decoded, origin, upright, Scale(upright, limits.ThumbnailSide), SKEncodedImageFormat.Jpeg, ThumbnailQuality);
        return new CheckedUpload(contentType, original, view, thumbnail);
    }

    /// <summary>The full image, or null when its data is damaged or cut short (Skia would fill the gap with grey).</summary>
    private static SKBitmap? Decode(SKCodec codec)
    {
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Bgra8888,
            codec.Info.AlphaType == SKAlphaType.Opaque ? SKAlphaType.Opaque : SKAlphaType.Premul, SKColorSpace.CreateSrgb());
        var bitmap = new SKBitmap();
        if (!bitmap.TryAllocPixels(info) || codec.GetPixels(info, bitmap.GetPixels()) != SKCodecResult.Success)
        {
            bitmap.Dispose();
            return null;
        }

        return bitmap;
    }

    private static float Scale(SKSizeI size, int longest) => Math.Min(1f, (float)longest / Math.Max(size.Width, size.Height));

    private static byte[] Render(SKBitmap decoded, SKEncodedOrigin origin, SKSizeI upright, float scale, SKEncodedImageFormat format, int quality)
    {
        var target = new SKImageInfo(
            Math.Max(1, (int)Math.Round(upright.Width * scale)), Math.Max(1, (int)Math.Round(upright.Height * scale)),
            SKColorType.Bgra8888, format == SKEncodedImageFormat.Png ? SKAlphaType.Premul : SKAlphaType.Opaque);
        using var bitmap = new SKBitmap(target);
        using (var canvas = new SKCanvas(bitmap))
        {
            // JPEG has no transparency: a transparent PNG shows on white, as it did in the browser.
            canvas.Clear(format == SKEncodedImageFormat.Png ? SKColors.Transparent : SKColors.White);
            canvas.SetMatrix(ImageOrientation.Matrix(origin, decoded.Width, decoded.Height)
                .PostConcat(SKMatrix.CreateScale((float)target.Width / upright.Width, (float)target.Height / upright.Height)));
            canvas.DrawBitmap(decoded, 0, 0, scale < 1 ? Smooth : SKSamplingOptions.Default);
        }

        using var pixmap = bitmap.PeekPixels();
        using var encoded = pixmap.Encode(format, quality) ?? throw new InvalidOperationException($"Skia could not encode {format}.");
        return encoded.ToArray();
    }

    private static Validation.RequestValidationException Unreadable(string field) =>
        FileUpload.Refused(field, "This file could not be read. It may be damaged or incomplete: take the photo again or choose another file.");
}
