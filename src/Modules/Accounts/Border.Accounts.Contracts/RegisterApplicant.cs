using MediatR;

namespace Border.Accounts.Contracts;

/// <summary>
/// Creates an applicant account. The outcome is the same whether or not the address was already
/// registered, so the form cannot be used to find out who has an account.
/// </summary>
public sealed record RegisterApplicant(string Email, string Password, string Culture, bool AcceptedTerms)
    : IRequest<Unit>;
