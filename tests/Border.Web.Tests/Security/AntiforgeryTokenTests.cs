using System.Net;
using System.Security.Cryptography;
using Border.Testing;
using Border.Web.Composition.Security;
using Border.Web.Tests.Support;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace Border.Web.Tests.Security;

/// <summary>
/// The antiforgery tokens' encryption is remembered (RememberedAntiforgeryTokens), and a form's token still belongs to
/// one browser and one person: a remembered token is accepted from its owner and refused from anyone else.
/// </summary>
public sealed class AntiforgeryTokenTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task A_persons_token_is_remembered_and_accepted_from_them_and_refused_from_another_person()
    {
        var (owner, _) = await Applicants.RegisterWelcomedAsync(app);
        var (other, _) = await Applicants.RegisterWelcomedAsync(app);
        var first = await TokenAsync(owner);
        var again = await TokenAsync(owner);

        Assert.Equal(first, again);
        Assert.NotEqual(first, await TokenAsync(other));
        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync(other, first)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync(owner, null)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(owner, again)).StatusCode);
    }

    [Fact]
    public void A_request_token_is_remembered_only_for_a_cookie_token_a_browser_sent_back_and_only_for_antiforgery()
    {
        var provider = app.Services.GetRequiredService<IDataProtectionProvider>();
        var tokens = provider.CreateProtector(RememberedAntiforgeryTokens.AntiforgeryPurpose);
        var securityToken = RandomNumberGenerator.GetBytes(16);
        byte[] cookieToken = [1, .. securityToken, 1];
        byte[] requestToken = [1, .. securityToken, 0, 1, .. RandomNumberGenerator.GetBytes(32), 0];

        // A first visit: nothing sent back yet, so each request token is encrypted afresh.
        Assert.NotEqual(tokens.Protect(requestToken), tokens.Protect(requestToken));
        var cookie = tokens.Protect(cookieToken);
        Assert.Equal(cookieToken, tokens.Unprotect(cookie));
        Assert.Equal(cookieToken, tokens.Unprotect(cookie));
        var remembered = tokens.Protect(requestToken);

        Assert.Equal(remembered, tokens.Protect(requestToken));
        // What is remembered is the real encryption: the protector underneath, which remembers nothing, reads it.
        var unremembered = ((RememberedAntiforgeryTokens)provider).Inner.CreateProtector(RememberedAntiforgeryTokens.AntiforgeryPurpose);
        Assert.Equal(requestToken, unremembered.Unprotect(remembered));
        var other = provider.CreateProtector("Border.Tests.SomethingElse");
        Assert.Equal(cookieToken, other.Unprotect(other.Protect(cookieToken)));
        Assert.NotEqual(other.Protect(requestToken), other.Protect(requestToken));
        var tampered = (byte[])cookie.Clone();
        tampered[^1] ^= 1;
        Assert.ThrowsAny<CryptographicException>(() => tokens.Unprotect(tampered));
        Assert.ThrowsAny<CryptographicException>(() => tokens.Unprotect(tampered));
    }

    private static async Task<string> TokenAsync(HttpClient client) =>
        (await client.GetPageAsync("/notifications")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string? token) =>
        client.PostAsync("/notifications?handler=MarkAll", new FormUrlEncodedContent(token is null ? [] : [new("__RequestVerificationToken", token)]));
}
