using System.Text;
using Border.Accounts.Contracts;
using Border.Accounts.Data;
using Border.Notifications.Contracts;
using Border.Shared.Outbox;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace Border.Accounts.Identity;

/// <summary>
/// Emails with a link that proves who opened it. The request goes through this module's outbox with the
/// change that caused it; the code travels URL-safe, as Identity's own pages send it.
/// </summary>
internal static class AccountLinks
{
    public const string ConfirmEmailPath = "/account/confirm-email";

    public const string ResetPasswordPath = "/account/reset-password";

    public const string InvitationPath = "/account/invitation";

    public const string ConfirmEmailChangePath = "/account/email/confirm";

    public static void QueueEmailConfirmation(this DbContext db, BorderUser user, string token, DateTimeOffset now) =>
        Queue(db, user, NotificationKinds.ConfirmEmail, ConfirmEmailPath, token, now);

    public static void QueuePasswordReset(this DbContext db, BorderUser user, string token, DateTimeOffset now) =>
        Queue(db, user, NotificationKinds.PasswordReset, ResetPasswordPath, token, now);

    /// <summary>The role is named in the reader's language; the link is forgotten once the email is sent.</summary>
    public static void QueueStaffInvitation(this DbContext db, BorderUser user, string role, string token, DateTimeOffset now) =>
        Queue(db, user, NotificationKinds.StaffInvitation, InvitationPath, token, now, ("role", NotificationArgument.Translated(Roles.DisplayName(role))));

    /// <summary>The link goes to the new address, not the account's, and names that address so the code can be checked against it.</summary>
    public static void QueueEmailChange(this DbContext db, BorderUser user, string newEmail, string token, DateTimeOffset now)
    {
        var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
        var link = $"{ConfirmEmailChangePath}?user={user.Id}&email={Uri.EscapeDataString(newEmail)}&code={code}";
        var arguments = new Dictionary<string, NotificationArgument> { [NotificationArguments.Link] = NotificationArgument.PageOnSite(link) };
        db.AddIntegrationEvent(new NotificationRequested(
            Guid.CreateVersion7(now), now, user.Id, NotificationKinds.ConfirmNewEmail, arguments, Address: newEmail));
    }

    /// <summary>The account and the token a link names; null when either is not one this module wrote.</summary>
    public static async Task<(BorderUser User, string Token)?> OpenAsync(UserManager<BorderUser> users, Guid userId, string code)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        return user is not null && Decode(code) is { } token ? (user, token) : null;
    }

    /// <summary>The code as it came back in the link; null when it is not one this module wrote.</summary>
    public static string? Decode(string code)
    {
        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static void Queue(
        DbContext db, BorderUser user, string kind, string path, string token, DateTimeOffset now, params (string Name, NotificationArgument Value)[] more)
    {
        var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
        var arguments = new Dictionary<string, NotificationArgument>
        {
            [NotificationArguments.Link] = NotificationArgument.PageOnSite($"{path}?user={user.Id}&code={code}"),
        };
        foreach (var (name, value) in more)
        {
            arguments[name] = value;
        }

        db.AddIntegrationEvent(new NotificationRequested(Guid.CreateVersion7(now), now, user.Id, kind, arguments));
    }
}
