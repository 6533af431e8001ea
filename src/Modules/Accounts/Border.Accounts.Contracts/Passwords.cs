using MediatR;

namespace Border.Accounts.Contracts;

/// <summary>
/// Emails a link to choose a new password, valid 1 hour and once. The outcome is the same for an
/// address with no account, so the form cannot be used to find out who has one.
/// </summary>
public sealed record RequestPasswordReset(string Email) : IRequest<Unit>;

/// <summary>Sets a new password from the emailed link. False when the link is wrong, used or too old.</summary>
public sealed record ResetPassword(Guid UserId, string Code, string NewPassword) : IRequest<bool>;

public sealed record ChangePassword(Guid UserId, string CurrentPassword, string NewPassword) : IRequest<Unit>;
