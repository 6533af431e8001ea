namespace Border.Web.Forms;

internal static class Uploads
{
    /// <summary>
    /// Larger than the 5 MB a file may be, so an oversized photo reaches the use case and gets a clear message by
    /// the field; beyond this the server stops reading.
    /// </summary>
    public const int RequestLimit = 12 * 1024 * 1024;

    /// <summary>A message form carries up to three files of 5 MB and its text.</summary>
    public const int MessageRequestLimit = 17 * 1024 * 1024;
}
