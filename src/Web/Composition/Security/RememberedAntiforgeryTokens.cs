using System.Buffers.Binary;
using Border.Shared.Caching;
using Microsoft.AspNetCore.DataProtection;

namespace Border.Web.Composition.Security;

/// <summary>
/// The antiforgery tokens' encryption, remembered per token for <see cref="For"/>: every page with a form (the header's
/// sign-out form is on every signed-in page) decrypted the antiforgery cookie and encrypted a new request token, a key
/// derivation, AES and an HMAC each, a fifth of what a signed-in page cost.
/// Decrypting the same cookie always gives the same token, and the request token for the same cookie and person is the
/// same token (only its encryption's random IV differs), so answering either from memory gives a browser nothing it was
/// not already given: a remembered request token is one this node issued for that cookie and that person, and it is
/// checked against the cookie and the person on every post as before. How stale: a key revoked from the key ring stops
/// a remembered token at most <see cref="For"/> later, as it does the sign-in cookie (RememberedTickets).
/// </summary>
internal sealed class RememberedAntiforgeryTokens(IDataProtectionProvider inner) : IDataProtectionProvider
{
    /// <summary>The purpose ASP.NET Core's antiforgery serializer asks for (DefaultAntiforgeryTokenSerializer).</summary>
    public const string AntiforgeryPurpose = "Microsoft.AspNetCore.Antiforgery.AntiforgeryToken.v1";

    public static readonly TimeSpan For = TimeSpan.FromMinutes(1);

    private readonly Lazy<Remembering> antiforgery = new(() => new Remembering(inner.CreateProtector(AntiforgeryPurpose)));

    public IDataProtectionProvider Inner => inner;

    public IDataProtector CreateProtector(string purpose) =>
        purpose == AntiforgeryPurpose ? antiforgery.Value : inner.CreateProtector(purpose);

    /// <summary>Replaces the registered provider with one that remembers the antiforgery tokens (after AddDataProtection).</summary>
    public static void Decorate(IServiceCollection services)
    {
        var original = services.LastOrDefault(d => d.ServiceType == typeof(IDataProtectionProvider))
            ?? throw new InvalidOperationException("Data Protection must be registered before the antiforgery tokens are remembered.");
        services.Remove(original);
        services.AddSingleton<IDataProtectionProvider>(provider => new RememberedAntiforgeryTokens(
            (IDataProtectionProvider)(original.ImplementationInstance
                ?? original.ImplementationFactory?.Invoke(provider)
                ?? ActivatorUtilities.CreateInstance(provider, original.ImplementationType!))));
    }

    /// <summary>
    /// Remembers the cookie tokens browsers send back, and the request tokens made for them. A first visit's tokens (a new
    /// random cookie token each) are never asked for again, so they are not remembered: a crowd of first visits costs
    /// this nothing and cannot fill it.
    /// </summary>
    internal sealed class Remembering(IDataProtector inner) : IDataProtector
    {
        /// <summary>Beyond this many tokens each way, start again rather than grow.</summary>
        private const int Most = 10_000;

        private readonly RecentAnswers<string, byte[]> cookieTokens = new(For, Most);
        private readonly RecentAnswers<string, byte[]> requestTokens = new(For, Most);
        private readonly RecentAnswers<UInt128, bool> sentBack = new(For, Most);

        public IDataProtector CreateProtector(string purpose) => inner.CreateProtector(purpose);

        public byte[] Unprotect(byte[] protectedData)
        {
            var key = Convert.ToBase64String(protectedData);
            if (cookieTokens.TryGet(key, out var kept))
            {
                return (byte[])kept.Clone();
            }

            // A token that does not decrypt throws here and is not remembered.
            var token = inner.Unprotect(protectedData);
            if (SecurityTokenOf(token, isCookieToken: true) is { } securityToken)
            {
                cookieTokens.Keep(key, (byte[])token.Clone());
                sentBack.Keep(securityToken, true);
            }

            return token;
        }

        public byte[] Protect(byte[] plaintext)
        {
            if (SecurityTokenOf(plaintext, isCookieToken: false) is not { } securityToken || !sentBack.TryGet(securityToken, out _))
            {
                return inner.Protect(plaintext);
            }

            var key = Convert.ToBase64String(plaintext);
            if (requestTokens.TryGet(key, out var kept))
            {
                return (byte[])kept.Clone();
            }

            var token = inner.Protect(plaintext);
            requestTokens.Keep(key, (byte[])token.Clone());
            return token;
        }

        /// <summary>
        /// The token's security token when it is a token of the kind asked for, in the layout DefaultAntiforgeryTokenSerializer
        /// writes (version 1: the version, 16 bytes of security token, then whether it is the cookie's); anything else is
        /// passed through without being remembered.
        /// </summary>
        private static UInt128? SecurityTokenOf(byte[] token, bool isCookieToken) =>
            token.Length >= 18 && token[0] == 1 && token[17] == (isCookieToken ? 1 : 0)
                ? BinaryPrimitives.ReadUInt128LittleEndian(token.AsSpan(1, 16))
                : null;
    }
}
