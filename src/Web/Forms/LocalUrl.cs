namespace Border.Web.Forms;

internal static class LocalUrl
{
    private const int MaxLength = 2048;

    /// <summary>
    /// Only same-site paths are followed after sign-in; anything else goes to the fallback. Control characters
    /// and backslashes are refused too: browsers drop a tab, so "/\t/evil" would leave the site, and LocalRedirect throws on them.
    /// </summary>
    public static string OrDefault(string? url, string fallback) =>
        !string.IsNullOrEmpty(url) && url.Length <= MaxLength && url[0] == '/'
            && (url.Length == 1 || url[1] != '/')
            && !url.Any(c => char.IsControl(c) || c == '\\')
            ? url
            : fallback;
}
