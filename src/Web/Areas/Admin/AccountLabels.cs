using Border.Accounts.Contracts;
using Microsoft.Extensions.Localization;

namespace Border.Web.Areas.Admin;

/// <summary>What the admin pages call roles, states and audited actions, in the reader's language.</summary>
internal static class AccountLabels
{
    public static string Role(string role, IStringLocalizer S) => role switch
    {
        Roles.Applicant => S["Applicant"],
        Roles.Officer => S["Officer"],
        Roles.Supervisor => S["Supervisor"],
        Roles.Admin => S["Administrator"],
        _ => role,
    };

    public static string RoleList(IEnumerable<string> roles, IStringLocalizer S) => string.Join(", ", roles.Select(r => Role(r, S)));

    public static string State(AccountState state, IStringLocalizer S) => state switch
    {
        AccountState.Active => S["Active"],
        AccountState.Disabled => S["Disabled"],
        AccountState.Invited => S["Invited, not yet accepted"],
        AccountState.Closed => S["Closed"],
        _ => state.ToString(),
    };

    public static string Action(string action, IStringLocalizer S) => AuditActionNames.Describe(action, S);

    public static string Describe(AccountAuditState? state, IStringLocalizer S) =>
        state is null
            ? "—"
            : S["Roles: {0}. Disabled: {1}. Two-step sign-in: {2}.",
                state.Roles.Count == 0 ? "—" : RoleList(state.Roles, S),
                (state.Disabled ? S["Yes"] : S["No"]).Value.ToLower(System.Globalization.CultureInfo.CurrentCulture),
                state.TwoFactor ? S["on"] : S["off"]]
                + (state.HomePort is { } port ? " " + S["Home port: {0}.", port] : string.Empty);

    public static string HomePort(string? code, IReadOnlyList<Border.Scheduling.Contracts.PortSummary> ports, IStringLocalizer S) =>
        code is null ? S["None"] : ports.FirstOrDefault(p => p.Code == code)?.Name ?? code;
}
