using MediatR;

namespace Border.Accounts.Contracts;

/// <summary>
/// Asks to use a new address. The current address stays until the person opens the link sent to the new one,
/// so a typo never locks anyone out. The answer is the same whether or not the new address is free.
/// </summary>
public sealed record RequestEmailChange(Guid UserId, string NewEmail, string Password) : IRequest<Unit>;

/// <summary>The link sent to the new address; false when it is wrong, used, too old, or the address was taken meanwhile.</summary>
public sealed record ConfirmEmailChange(Guid UserId, string NewEmail, string Code) : IRequest<bool>;
