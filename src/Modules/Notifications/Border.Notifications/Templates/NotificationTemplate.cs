using Border.Notifications.Contracts;

namespace Border.Notifications.Templates;

/// <summary>
/// What one kind of notification says, where it leads and whether it is emailed. Title, body and
/// fallback are English text and the localization key. <see cref="Sample"/> names every placeholder the
/// body uses, with a value of the right type; a test renders each template with it in both languages.
/// </summary>
internal sealed record NotificationTemplate(
    string Kind,
    string Title,
    string Body,
    string Fallback,
    string Link,
    IReadOnlyDictionary<string, NotificationArgument> Sample)
{
    /// <summary>The email topic a person may turn off; null when the email is always sent.</summary>
    public string? OptionalTopic { get; init; }

    /// <summary>False for links that only make sense in an email, such as a password reset.</summary>
    public bool InInbox { get; init; } = true;

    /// <summary>False for what only belongs in the inbox, such as the welcome: its email is the confirmation link.</summary>
    public bool Emailed { get; init; } = true;
}
