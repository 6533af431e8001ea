namespace Border.Notifications.Data;

/// <summary>
/// One email to send, written with its notification in one transaction. Its id is the notification's id:
/// the idempotency key, and the Message-ID the email carries.
/// </summary>
internal sealed class EmailMessage
{
    public Guid Id { get; init; }

    public Guid RecipientId { get; init; }

    /// <summary>Where to send instead of the account's address: a new address being confirmed.</summary>
    public string? Address { get; set; }

    public EmailStatus Status { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    /// <summary>While sending: after this moment without an outcome, the sender is presumed dead.</summary>
    public DateTimeOffset? LeaseUntil { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    /// <summary>The server's answer or the reason it was not sent, for the jobs dashboard.</summary>
    public string? LastError { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
}

internal enum EmailStatus
{
    Pending,

    /// <summary>Claimed by a sender, committed before the SMTP conversation starts.</summary>
    Sending,

    Sent,

    /// <summary>The server refused it for good, or it kept failing until it was too old to matter.</summary>
    Failed,

    /// <summary>Not sent on purpose: the account is closed, or the person turned this kind off.</summary>
    Skipped,

    /// <summary>
    /// A sender died or lost the connection mid-conversation, so the server may have it. Never sent again
    /// on its own (that could send it twice); an admin may choose to send it again.
    /// </summary>
    Unconfirmed,
}
