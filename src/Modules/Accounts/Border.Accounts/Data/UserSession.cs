namespace Border.Accounts.Data;

/// <summary>
/// One signed-in browser, behind the sign-in cookie: the cookie names it, and deleting the row ends it at once
/// (signing out, a password change, "sign out everywhere"), where the cookie alone would live for 8 hours.
/// </summary>
internal sealed class UserSession
{
    public const int UserAgentLength = 256;

    public Guid Id { get; init; }

    public Guid UserId { get; init; }

    /// <summary>The browser's User-Agent, cut short; shown to the person as browser and device.</summary>
    public required string UserAgent { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Written at most once every few minutes (SessionStore.LastSeenEvery), never on each request.</summary>
    public DateTimeOffset LastSeenAt { get; set; }
}
