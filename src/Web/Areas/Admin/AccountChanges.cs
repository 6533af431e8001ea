using Border.Accounts.Contracts;
using MediatR;
using Microsoft.Extensions.Localization;

namespace Border.Web.Areas.Admin;

/// <summary>The changes an admin makes to an account, each confirmed on its own "Are you sure?" page.</summary>
internal static class AccountChanges
{
    public const string AddRole = "add-role";
    public const string RemoveRole = "remove-role";
    public const string Disable = "disable";
    public const string Enable = "enable";
    public const string ResetTwoFactor = "reset-two-factor";
    public const string ResendInvitation = "resend-invitation";
    public const string Invited = "invited";
    public const string HomePort = "home-port";

    public static bool NeedsRole(string change) => change is AddRole or RemoveRole;

    /// <summary>The request for this change; null for a change no admin page offers.</summary>
    public static IRequest<Unit>? Request(string change, Guid actorId, Guid userId, string? role) => change switch
    {
        AddRole => new Border.Accounts.Contracts.AddRole(actorId, userId, role ?? string.Empty),
        RemoveRole => new Border.Accounts.Contracts.RemoveRole(actorId, userId, role ?? string.Empty),
        Disable => new DisableAccount(actorId, userId),
        Enable => new EnableAccount(actorId, userId),
        ResetTwoFactor => new Border.Accounts.Contracts.ResetTwoFactor(actorId, userId),
        ResendInvitation => new Border.Accounts.Contracts.ResendInvitation(actorId, userId),
        _ => null,
    };

    public static string Question(string change, string email, string role, IStringLocalizer S) => change switch
    {
        AddRole => S["Give {0} the role {1}?", email, role],
        RemoveRole => S["Remove the role {1} from {0}?", email, role],
        Disable => S["Disable the account of {0}?", email],
        Enable => S["Enable the account of {0} again?", email],
        ResetTwoFactor => S["Reset two-step sign-in for {0}?", email],
        _ => S["Send {0} a new invitation?", email],
    };

    public static string Explanation(string change, IStringLocalizer S) => change switch
    {
        AddRole => S["They can open the pages of this role from their next page, within a minute."],
        RemoveRole => S["They lose the pages of this role within a minute."],
        Disable => S["They cannot sign in any more, and wherever they are signed in they are signed out within a minute."],
        Enable => S["They can sign in again with their password and, for staff, their authenticator app."],
        ResetTwoFactor => S["Their authenticator app stops working for Border and they are signed out within a minute. Staff must set up two-step sign-in again when they next sign in."],
        _ => S["The link in the earlier invitation stops working. The new link works once, for 72 hours."],
    };

    public static string Button(string change, IStringLocalizer S) => change switch
    {
        AddRole => S["Yes, give the role"],
        RemoveRole => S["Yes, remove the role"],
        Disable => S["Yes, disable the account"],
        Enable => S["Yes, enable the account"],
        ResetTwoFactor => S["Yes, reset two-step sign-in"],
        _ => S["Yes, send a new invitation"],
    };

    /// <summary>Said on the account's page once the change is made.</summary>
    public static string? Done(string change, IStringLocalizer S) => change switch
    {
        Invited => S["The invitation is on its way."].Value,
        AddRole => S["The role is given."].Value,
        RemoveRole => S["The role is removed."].Value,
        Disable => S["The account is disabled. Its sessions end within a minute."].Value,
        Enable => S["The account is enabled again."].Value,
        ResetTwoFactor => S["Two-step sign-in is reset. Its sessions end within a minute."].Value,
        ResendInvitation => S["A new invitation is on its way. The earlier link no longer works."].Value,
        HomePort => S["The home port is saved. Their pages follow within a minute."].Value,
        _ => null,
    };
}
