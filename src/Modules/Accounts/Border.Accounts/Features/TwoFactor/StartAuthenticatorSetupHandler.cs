using System.Text;
using Border.Accounts.Contracts;
using Border.Accounts.Data;
using Border.Accounts.Identity;
using MediatR;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace Border.Accounts.Features.TwoFactor;

/// <summary>A fresh key each time, stored nowhere: a second device, the security stamp and emailed links are untouched.</summary>
internal sealed class StartAuthenticatorSetupHandler(UserManager<BorderUser> users, IDataProtectionProvider protection)
    : IRequestHandler<StartAuthenticatorSetup, AuthenticatorSetup>
{
    public async Task<AuthenticatorSetup> Handle(StartAuthenticatorSetup request, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(request.UserId.ToString())
            ?? throw new InvalidOperationException("A signed-in person has no account.");
        var key = (request.PendingKey is { } pending ? PendingAuthenticatorKey.Unprotect(protection, user.Id, pending) : null)
            ?? users.GenerateNewAuthenticatorKey();
        var uri = $"otpauth://totp/Border:{Uri.EscapeDataString(user.Email ?? user.UserName!)}?secret={key}&issuer=Border&digits=6";
        return new AuthenticatorSetup(Grouped(key), uri, PendingAuthenticatorKey.Protect(protection, user.Id, key));
    }

    /// <summary>Groups of four, lower case: easier to type into an app by hand.</summary>
    private static string Grouped(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            text.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return text.ToString().TrimEnd().ToLowerInvariant();
    }
}
