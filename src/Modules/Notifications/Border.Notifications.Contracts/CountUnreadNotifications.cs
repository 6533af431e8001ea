using MediatR;

namespace Border.Notifications.Contracts;

/// <summary>How many notifications the person has not read yet, for the header of every page.</summary>
public sealed record CountUnreadNotifications(Guid RecipientId) : IRequest<int>;
