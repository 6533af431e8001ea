using Border.Shared.Messaging;
using MediatR;

namespace Border.Accounts.Contracts;

/// <summary>
/// Closes the person's own account once they give their password: personal data is erased, the address is
/// free again, every session ends. What is kept, and why, is listed in the README.
/// </summary>
public sealed record CloseAccount(Guid UserId, string Password) : IRequest<Unit>;

/// <summary>Told to every module when an account closes, so each erases what it holds about the person.</summary>
[IntegrationEvent("accounts.account-closed")]
public sealed record AccountClosed(Guid EventId, DateTimeOffset OccurredAt, Guid UserId) : IIntegrationEvent;

/// <summary>What Accounts holds about the person, for their own download.</summary>
public sealed record ExportAccount(Guid UserId) : IRequest<AccountExport>;

public sealed record AccountExport(
    string Email,
    bool EmailConfirmed,
    string PreferredLanguage,
    DateTimeOffset RegisteredAt,
    bool TwoFactorEnabled,
    IReadOnlyList<string> Roles,
    Profile.ProfileView Profile);

/// <summary>The person's own photos and scans, decrypted, for the download.</summary>
public sealed record ExportAccountFiles(Guid UserId) : IRequest<IReadOnlyList<Profile.OpenedFile>>;
