namespace Border.Notifications.Email;

internal enum SendResult
{
    Sent,

    /// <summary>The server said not now for this message (4xx): it does not have it.</summary>
    RetryLater,

    /// <summary>The server is down or closing (421, connection refused): it does not have it, nor will it take others now.</summary>
    Unreachable,

    /// <summary>
    /// The server wants a login or encryption it did not get (530, 535…): a setting is wrong and no email is
    /// at fault, so none is failed for it; they wait until the setting is put right.
    /// </summary>
    NotSignedIn,

    /// <summary>The server refused the message for good (5xx).</summary>
    Refused,

    /// <summary>The conversation broke after it began: the server may or may not have the message.</summary>
    Unknown,
}

internal sealed record SendOutcome(SendResult Result, string? Answer = null)
{
    public static readonly SendOutcome Sent = new(SendResult.Sent);
}
