using Border.Shared.Messaging;

namespace Border.Accounts.Contracts;

[IntegrationEvent("accounts.applicant-registered")]
public sealed record ApplicantRegistered(Guid EventId, DateTimeOffset OccurredAt, Guid UserId, string Culture)
    : IIntegrationEvent;
