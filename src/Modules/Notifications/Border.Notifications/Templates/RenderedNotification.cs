namespace Border.Notifications.Templates;

internal sealed record RenderedNotification(string Title, string Body, string Link);
