namespace Border.Notifications.Features.Notify;

internal static class SiteLinks
{
    // Notifications only ever point into Border: an email must never carry someone to another site.
    public static bool IsSitePath(string? link) =>
        link is { Length: > 0 and <= 500 } && link[0] == '/' && !link.StartsWith("//", StringComparison.Ordinal)
        && !link.StartsWith("/\\", StringComparison.Ordinal);
}
