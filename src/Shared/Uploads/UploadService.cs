using Microsoft.Extensions.Options;

namespace Border.Shared.Uploads;

/// <summary>
/// The one way a module takes a file from a person: the bytes are read with a size cap and sniffed; a PDF is kept as
/// sent; an image is checked against the pixel limits from its header, then decoded, turned upright, and re-encoded
/// without metadata, with a view size and a thumbnail. Anything unreadable is a refusal by the field, never a fault.
/// The caller encrypts and stores what it gets back.
/// </summary>
public sealed class UploadService(IOptionsMonitor<UploadOptions> options)
{
    private readonly SemaphoreSlim decodes = new(options.CurrentValue.ConcurrentDecodes);

    /// <param name="content">The file as sent; null when the person chose none.</param>
    /// <param name="declaredLength">What the browser said; not trusted, only used to refuse early.</param>
    public async Task<CheckedUpload> CheckAsync(
        Stream? content, long declaredLength, string field, bool allowPdf, CancellationToken cancellationToken)
    {
        var (bytes, contentType) = await FileUpload.ReadAsync(content, declaredLength, field, allowPdf, cancellationToken);
        if (contentType == FileKinds.Pdf)
        {
            return new CheckedUpload(contentType, bytes, null, null);
        }

        await decodes.WaitAsync(cancellationToken);
        try
        {
            return ImageVariants.Make(bytes, contentType, field, options.CurrentValue);
        }
        finally
        {
            decodes.Release();
        }
    }
}
