using Border.Shared.Messaging;

namespace Border.Accounts.Contracts;

public sealed record ApplicantRegistered(Guid EventId, DateTimeOffset OccurredAt, Guid UserId, string Culture)
    : IIntegrationEvent;
