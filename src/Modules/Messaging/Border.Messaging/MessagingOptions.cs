namespace Border.Messaging;

/// <summary>Messaging's numbers, from configuration section "Messaging"; every default is the issue's.</summary>
internal sealed class MessagingOptions
{
    public const string Section = "Messaging";

    /// <summary>New conversations an applicant may start in 24 hours.</summary>
    public int ConversationsPerDay { get; set; } = 20;

    /// <summary>Messages an applicant may send in 24 hours, first messages included.</summary>
    public int MessagesPerDay { get; set; } = 100;

    /// <summary>Days after closing that an applicant's reply reopens a conversation; later it starts a new one.</summary>
    public int ReopenDays { get; set; } = 30;
}
