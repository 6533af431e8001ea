namespace Border.Notifications.Templates;

/// <summary>What each kind of notification says and where it leads. Title and body are English text, the localization key.</summary>
internal sealed record NotificationTemplate(string Title, string Body, string Link);

internal static class NotificationTemplates
{
    private static readonly Dictionary<string, NotificationTemplate> ByKind = new(StringComparer.Ordinal)
    {
        ["welcome"] = new(
            "Welcome to Border",
            "Your account is ready. Next, fill in your profile and add the people who travel with you.",
            "/"),
    };

    public static IReadOnlyCollection<string> Kinds => ByKind.Keys;

    /// <summary>A kind this version does not know still shows, with a neutral text, rather than break the inbox.</summary>
    public static NotificationTemplate For(string kind) =>
        ByKind.TryGetValue(kind, out var template)
            ? template
            : new NotificationTemplate("Update about your account", "Open Border to see what changed.", "/");
}
