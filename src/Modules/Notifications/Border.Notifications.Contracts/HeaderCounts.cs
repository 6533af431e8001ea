namespace Border.Notifications.Contracts;

/// <summary>The name of the count Notifications gives the page header (Border.Shared.Layout.HeaderCount).</summary>
public static class HeaderCounts
{
    public const string UnreadNotifications = "notifications.unread";
}
