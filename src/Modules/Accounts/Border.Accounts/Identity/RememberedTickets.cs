using Border.Shared.Caching;
using Microsoft.AspNetCore.Authentication;

namespace Border.Accounts.Identity;

/// <summary>
/// The sign-in cookie's ticket, decrypted once per cookie and node and remembered for <see cref="For"/>: decrypting it
/// (a key derivation, AES and an HMAC, then the claims) was a tenth of what a signed-in page cost. The key is the
/// whole encrypted cookie, so only a cookie that once decrypted is found; each request gets its own copy, so nothing
/// one request changes reaches another. How stale: nothing the cookie says can change without a new cookie; what
/// can change behind it (the session ended, the security stamp) is still checked on every request after this, as
/// before. A key revoked from the key ring stops a remembered cookie at most <see cref="For"/> later.
/// </summary>
internal sealed class RememberedTickets(ISecureDataFormat<AuthenticationTicket> inner) : ISecureDataFormat<AuthenticationTicket>
{
    public static readonly TimeSpan For = TimeSpan.FromMinutes(1);

    /// <summary>Memory follows who is signed in, up to this many cookies.</summary>
    private readonly RecentAnswers<(string Text, string? Purpose), AuthenticationTicket> remembered = new(For, most: 20_000);

    public string Protect(AuthenticationTicket data) => inner.Protect(data);

    public string Protect(AuthenticationTicket data, string? purpose) => inner.Protect(data, purpose);

    public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, null);

    public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
    {
        if (protectedText is null)
        {
            return null;
        }

        if (remembered.TryGet((protectedText, purpose), out var kept))
        {
            return kept.Clone();
        }

        var ticket = inner.Unprotect(protectedText, purpose);
        if (ticket is not null)
        {
            remembered.Keep((protectedText, purpose), ticket.Clone());
        }

        return ticket;
    }
}
