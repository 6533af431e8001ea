using Border.Accounts.Contracts;

namespace Border.Accounts.Features.StaffAccounts;

internal static class AccountStates
{
    /// <summary>Closed outranks disabled, which outranks an invitation not yet accepted.</summary>
    public static AccountState Of(DateTimeOffset? closedAt, DateTimeOffset? disabledAt, DateTimeOffset? invitedAt, bool hasPassword) =>
        closedAt is not null ? AccountState.Closed
        : disabledAt is not null ? AccountState.Disabled
        : invitedAt is not null && !hasPassword ? AccountState.Invited
        : AccountState.Active;
}
