using Border.Shared.Messaging;
using MediatR;

namespace Border.Accounts.Contracts;

public enum AccountState
{
    Active,
    Disabled,
    Invited,
    Closed,
}

/// <summary>
/// Accounts for an admin, newest first, 50 a page; every filter is optional. <paramref name="After"/> is the
/// last id of the previous page (keyset paging: each page costs the same however far in it is).
/// </summary>
public sealed record ListAccounts(string? EmailContains, string? Role, AccountState? Status, Guid? After) : IRequest<AccountList>
{
    public const int PageSize = 50;
}

/// <summary>One page; <see cref="NextAfter"/> is null on the last one.</summary>
public sealed record AccountList(IReadOnlyList<AccountSummary> Items, Guid? NextAfter);

/// <summary>One row of the list. <see cref="Since"/> is when the person registered, or was invited.</summary>
public sealed record AccountSummary(
    Guid Id, string? Email, IReadOnlyList<string> Roles, AccountState Status, bool TwoFactorEnabled, DateTimeOffset Since);

/// <summary>One account for an admin, with what admins did to it; null when there is no such account.</summary>
public sealed record GetAccount(Guid UserId) : IRequest<AccountDetails?>;

public sealed record AccountDetails(
    Guid Id,
    string? Email,
    IReadOnlyList<string> Roles,
    AccountState Status,
    bool TwoFactorEnabled,
    bool EmailConfirmed,
    string PreferredLanguage,
    DateTimeOffset RegisteredAt,
    DateTimeOffset? InvitedAt,
    DateTimeOffset? DisabledAt,
    DateTimeOffset? ClosedAt,
    IReadOnlyList<AuditRecord> History)
{
    public bool IsStaff => Roles.Any(Contracts.Roles.Staff.Contains);

    /// <summary>The staff member's home port (a Scheduling port code), or null.</summary>
    public string? HomePort { get; init; }
}

/// <summary>An audit entry as a page shows it: the action's stable name and the account's state before and after.</summary>
public sealed record AuditRecord(
    DateTimeOffset OccurredAt, Guid ActorId, string? ActorEmail, string Action, AccountAuditState? Before, AccountAuditState? After);

/// <summary>What an admin can change about an account, as the audit log records it. Never a password or a key.</summary>
public sealed record AccountAuditState(IReadOnlyList<string> Roles, bool Disabled, bool TwoFactor, string? HomePort = null);

/// <summary>
/// Creates a staff account with no password and emails a link, valid 72 hours and once, to choose one.
/// Returns the new account's id.
/// </summary>
public sealed record InviteStaff(Guid ActorId, string Email, string Role, string Culture) : IRequest<Guid>;

/// <summary>Emails a new invitation link; the earlier link stops working.</summary>
public sealed record ResendInvitation(Guid ActorId, Guid UserId) : IRequest<Unit>;

public sealed record AddRole(Guid ActorId, Guid UserId, string Role) : IRequest<Unit>;

public sealed record RemoveRole(Guid ActorId, Guid UserId, string Role) : IRequest<Unit>;

/// <summary>The account cannot sign in any more and every session it has ends within a minute.</summary>
public sealed record DisableAccount(Guid ActorId, Guid UserId) : IRequest<Unit>;

/// <summary>
/// Told to every module when an admin disables an account (through Accounts' outbox, with the disabling), so work the
/// person held (claimed cases, assigned conversations) goes back to the others. <paramref name="ActorId"/> is the admin.
/// </summary>
[IntegrationEvent("accounts.account-disabled")]
public sealed record AccountDisabled(Guid EventId, DateTimeOffset OccurredAt, Guid UserId, Guid ActorId) : IIntegrationEvent;

public sealed record EnableAccount(Guid ActorId, Guid UserId) : IRequest<Unit>;

/// <summary>Turns two-factor off and forgets the key; the person sets it up again at their next sign-in.</summary>
public sealed record ResetTwoFactor(Guid ActorId, Guid UserId) : IRequest<Unit>;

/// <summary>The stable names of what admins do to accounts, as the audit log records them.</summary>
public static class AccountAuditActions
{
    public const string StaffInvited = "accounts.staff-invited";
    public const string InvitationResent = "accounts.invitation-resent";
    public const string RoleAdded = "accounts.role-added";
    public const string RoleRemoved = "accounts.role-removed";
    public const string Disabled = "accounts.disabled";
    public const string Enabled = "accounts.enabled";
    public const string TwoFactorReset = "accounts.two-factor-reset";
    public const string AuditLogExported = "accounts.audit-log-exported";
    public const string HomePortSet = "accounts.home-port-set";
}
