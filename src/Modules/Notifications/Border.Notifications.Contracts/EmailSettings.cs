using MediatR;

namespace Border.Notifications.Contracts;

/// <summary>Email a person may turn off. Offers, deadlines, confirmations, document requests and decisions have no topic: always sent.</summary>
public static class EmailTopics
{
    public const string Updates = "updates";
    public const string Messages = "messages";
    public const string PolicyUpdates = "policy";

    public static readonly IReadOnlyList<string> All = [Updates, Messages, PolicyUpdates];
}

public sealed record GetEmailSettings(Guid RecipientId) : IRequest<EmailSettings>;

/// <summary>The topics the person still receives by email.</summary>
public sealed record EmailSettings(IReadOnlyList<string> TopicsOn);

public sealed record ChangeEmailSettings(Guid RecipientId, IReadOnlyCollection<string> TopicsOn) : IRequest<Unit>;

/// <summary>A job's request: send what is due, give up on what is too old. Returns how many were sent.</summary>
public sealed record DeliverEmails : IRequest<int>;
