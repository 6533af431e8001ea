using Border.Testing;

namespace Border.Web.Tests.Support;

/// <summary>
/// The site with one demo admin signed in, shared by a test class: each authenticator code works once, so
/// signing in for every test would wait for fresh codes.
/// </summary>
public sealed class AdminWebApp : BorderWebApp
{
    private HttpClient? admin;

    public async Task<HttpClient> AdminAsync(string language = "en")
    {
        if (admin is null)
        {
            admin = CreateBrowserClient();
            await admin.SignInAsDemoAsync("admin@border.test");
        }

        // The language cookie outranks the profile's language, as the switch on every page does.
        await admin.GetAsync($"/language/{language}?returnUrl=/");
        return admin;
    }
}
