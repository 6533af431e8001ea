namespace Border.Web.Forms;

internal static class LocalUrl
{
    /// <summary>Only same-site paths are followed after sign-in; anything else goes to the fallback.</summary>
    public static string OrDefault(string? url, string fallback) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
            ? url
            : fallback;
}
