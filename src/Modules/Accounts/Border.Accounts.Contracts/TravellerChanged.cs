using Border.Shared.Messaging;

namespace Border.Accounts.Contracts;

/// <summary>
/// Something the checks read about the applicant's group changed: the applicant's name, birth date or nationality,
/// an identity document, or a member joined, changed or left. Cases runs the checks of the applicant's open cases again.
/// </summary>
[IntegrationEvent("accounts.traveller-changed")]
public sealed record TravellerChanged(Guid EventId, DateTimeOffset OccurredAt, Guid ApplicantId) : IIntegrationEvent;
