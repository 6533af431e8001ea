using System.Text;
using Border.Accounts.Contracts;
using Border.Accounts.Data;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace Border.Accounts.Features.TwoFactor;

internal sealed class GetAuthenticatorSetupHandler(UserManager<BorderUser> users) : IRequestHandler<GetAuthenticatorSetup, AuthenticatorSetup>
{
    public async Task<AuthenticatorSetup> Handle(GetAuthenticatorSetup request, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(request.UserId.ToString())
            ?? throw new InvalidOperationException("A signed-in person has no account.");
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException("No authenticator key was made.");
        }

        var uri = $"otpauth://totp/Border:{Uri.EscapeDataString(user.Email ?? user.UserName!)}?secret={key}&issuer=Border&digits=6";
        return new AuthenticatorSetup(user.TwoFactorEnabled, Grouped(key), uri, await users.CountRecoveryCodesAsync(user));
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
