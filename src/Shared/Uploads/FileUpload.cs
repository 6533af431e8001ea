using Border.Shared.Validation;

namespace Border.Shared.Uploads;

/// <summary>
/// Reads an uploaded file's bytes, refusing what is empty, too big, or not really one of the allowed kinds (DESIGN:
/// uploads are checked by their first bytes, with a size cap). <see cref="UploadService"/> is what modules call.
/// </summary>
internal static class FileUpload
{
    public const int MaximumBytes = 5 * 1024 * 1024;

    /// <param name="content">The file as sent; null when the person chose none.</param>
    /// <param name="declaredLength">What the browser said; not trusted, only used to refuse early.</param>
    public static async Task<(byte[] Content, string ContentType)> ReadAsync(
        Stream? content, long declaredLength, string field, bool allowPdf, CancellationToken cancellationToken)
    {
        if (content is null)
        {
            throw Refused(field, allowPdf ? "Choose a photo or a PDF of the document." : "Choose a photo.");
        }

        if (declaredLength > MaximumBytes)
        {
            throw Refused(field, "The file must be smaller than 5 MB.");
        }

        // The declared length is not trusted: read at most one byte past the limit.
        var buffer = new byte[MaximumBytes + 1];
        var read = 0;
        int chunk;
        while (read < buffer.Length && (chunk = await content.ReadAsync(buffer.AsMemory(read), cancellationToken)) > 0)
        {
            read += chunk;
        }

        if (read == 0)
        {
            throw Refused(field, "The selected file is empty.");
        }

        if (read > MaximumBytes)
        {
            throw Refused(field, "The file must be smaller than 5 MB.");
        }

        var kind = FileKinds.Sniff(buffer.AsSpan(0, read));
        if (kind is null || (kind == FileKinds.Pdf && !allowPdf))
        {
            throw Refused(field, allowPdf ? "The file must be a JPEG or PNG photo, or a PDF." : "The file must be a JPEG or PNG photo.");
        }

        return (buffer[..read], kind);
    }

    internal static RequestValidationException Refused(string field, string message, params object[] arguments) =>
        new([new ValidationFailure(field, message, arguments)]);
}
