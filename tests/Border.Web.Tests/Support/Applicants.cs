using System.Net;
using Border.Notifications.Contracts;
using Border.Testing;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Border.Web.Tests.Support;

internal static class Applicants
{
    public const string Password = "a long river of words";

    /// <summary>Registers through the page and signs in, as a person does; the client then carries their cookie.</summary>
    /// <param name="catchUp">See <see cref="BorderWebApp.CreateBrowserClient"/>.</param>
    public static async Task<HttpClient> RegisterAsync(BorderWebApp app, string email, string culture, bool catchUp = true)
    {
        var client = app.CreateBrowserClient(catchUp: catchUp);
        await client.PostFormAsync("/account/register", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = Password,
            ["Input.Culture"] = culture,
            ["Input.AcceptedTerms"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(email, Password)).StatusCode);
        return client;
    }

    /// <summary>Registered, address confirmed and profile complete through the use cases, then signed in through the form.</summary>
    public static async Task<(HttpClient Client, Guid Id)> ReadySignedInAsync(BorderWebApp app, string culture = "en")
    {
        var email = $"{Guid.NewGuid():N}@example.test";
        var id = await TestApplicants.RegisterAsync(app.Services, email, culture);
        await TestApplicants.ConfirmEmailAsync(app.Services, id);
        await TestApplicants.CompleteProfileAsync(app.Services, id);
        var client = app.CreateBrowserClient();
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(email, TestApplicants.Password)).StatusCode);
        return (client, id);
    }

    /// <summary>
    /// A new applicant once their welcome, which a job writes after registering, is in their inbox: a test that counts
    /// what a page reads from memory would otherwise see the welcome forget the person's snapshot halfway.
    /// </summary>
    public static async Task<(HttpClient Client, Guid Id)> RegisterWelcomedAsync(BorderWebApp app, bool catchUp = true)
    {
        var email = $"{Guid.NewGuid():N}@example.test";
        var client = await RegisterAsync(app, email, "en", catchUp);
        var person = await TestAccounts.IdOfAsync(app.Services, email);
        await Eventually.TrueAsync(
            async () =>
            {
                await using var scope = app.Services.CreateAsyncScope();
                return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new CountUnreadNotifications(person)) == 1;
            },
            "The welcome notification never came.");
        return (client, person);
    }

    /// <summary>Posts a page's form and expects to be sent on to <paramref name="next"/>.</summary>
    public static async Task AnswerAsync(this HttpClient client, string path, Dictionary<string, string> fields, string next)
    {
        var response = await client.PostFormAsync(path, fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        Assert.Equal(next, response.Headers.Location!.OriginalString);
    }
}
