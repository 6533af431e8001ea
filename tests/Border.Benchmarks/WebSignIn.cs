using System.Net;
using System.Text.RegularExpressions;

namespace Border.Benchmarks;

/// <summary>Signs applicants in through the real form over HTTP and keeps the cookies a browser would send.</summary>
internal static partial class WebSignIn
{
    public static async Task<string> SignInAsync(HttpClient client, string email, string password)
    {
        using var form = await client.SendAsync(BenchRequest.Get("/account/sign-in", cookie: null));
        var antiforgery = Cookies(form);
        var token = Token().Match(await form.Content.ReadAsStringAsync()).Groups["token"].Value;
        using var post = new HttpRequestMessage(HttpMethod.Post, "/account/sign-in")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["Input.Email"] = email,
                ["Input.Password"] = password,
            }),
        };
        post.Headers.Add("X-Forwarded-Proto", "https");
        post.Headers.Add("Cookie", antiforgery);
        using var signedIn = await client.SendAsync(post);
        if (signedIn.StatusCode != HttpStatusCode.Redirect)
        {
            throw new BenchmarkFailedException($"{email} could not sign in: {(int)signedIn.StatusCode}.");
        }

        // A browser keeps both: without the antiforgery cookie every page would mint and set a new one.
        return string.Join("; ", Cookies(form), Cookies(signedIn));
    }

    private static string Cookies(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var values)
            ? values.Select(v => v.Split(';', 2)[0])
            : []);

    [GeneratedRegex(@"name=""__RequestVerificationToken"" type=""hidden"" value=""(?<token>[^""]+)""|type=""hidden"" name=""__RequestVerificationToken"" value=""(?<token>[^""]+)""")]
    private static partial Regex Token();
}
