using MediatR;

namespace Border.Accounts.Contracts;

/// <summary>
/// Which other accounts hold an identity document with the same number and issuing country (for the applicant or a
/// group member), for Cases' duplicate-document check. Numbers compare without case or surrounding spaces.
/// </summary>
public sealed record FindDocumentHolders(IReadOnlyList<DocumentKey> Documents, Guid ExceptOwnerId) : IRequest<IReadOnlyList<DocumentHolder>>;

public sealed record DocumentKey(string Number, string IssuingCountry);

public sealed record DocumentHolder(string Number, string IssuingCountry, Guid OwnerId);
