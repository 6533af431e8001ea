using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Border.Accounts.Contracts;
using Border.Testing;

namespace Border.Web.Tests.Support;

/// <summary>Fills and posts the site's forms the way a browser without script does.</summary>
internal static class Forms
{
    private static readonly HtmlParser Parser = new();

    public static async Task<IHtmlDocument> GetPageAsync(this HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} answered {(int)response.StatusCode}: {body[..Math.Min(body.Length, 2000)]}");
        return await Parser.ParseDocumentAsync(body);
    }

    public static async Task<HttpResponseMessage> PostFormAsync(
        this HttpClient client, string path, IDictionary<string, string> fields, int formIndex = -1)
    {
        var page = await client.GetPageAsync(path);
        var forms = page.Forms.Where(f => !f.Action.EndsWith("/account/sign-out", StringComparison.Ordinal)).ToList();
        var form = formIndex < 0 ? forms.Last() : forms[formIndex];
        var values = form.Elements.OfType<IHtmlInputElement>()
            .Where(i => i.Type == "hidden" && !string.IsNullOrEmpty(i.Name))
            .ToDictionary(i => i.Name!, i => i.Value);
        foreach (var (name, value) in fields)
        {
            values[name] = value;
        }

        var action = form.GetAttribute("action");
        return await client.PostAsync(string.IsNullOrEmpty(action) ? path : action, new FormUrlEncodedContent(values));
    }

    /// <summary>Opens an emailed link and presses its Confirm button, as the person would.</summary>
    public static async Task<IHtmlDocument> ConfirmLinkAsync(this HttpClient client, string link) =>
        await (await client.PostFormAsync(link, new Dictionary<string, string>())).ParseAsync();

    public static async Task<IHtmlDocument> ParseAsync(this HttpResponseMessage response) =>
        await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    public static Task<HttpResponseMessage> SignInAsync(this HttpClient client, string email, string password) =>
        client.PostFormAsync("/account/sign-in", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });

    /// <summary>Signs a demo account in, giving the authenticator code when its role asks for one.</summary>
    public static async Task<HttpResponseMessage> SignInAsDemoAsync(this HttpClient client, string email)
    {
        var response = await client.SignInAsync(email, SeedDemoAccounts.Password);
        if (response.Headers.Location?.OriginalString.StartsWith("/account/two-factor", StringComparison.Ordinal) != true)
        {
            return response;
        }

        return await client.PostFormAsync(response.Headers.Location.OriginalString, new Dictionary<string, string>
        {
            ["Input.Code"] = await Totp.CodeAsync(SeedDemoAccounts.StaffAuthenticatorKey, $"{BorderWebApp.SiteOf(client)}|{email}"),
        });
    }
}

/// <summary>A file input posted the way a browser without script does: multipart, with the form's hidden fields.</summary>
internal static class Uploads
{
    public static async Task<HttpResponseMessage> PostFileAsync(
        this HttpClient client, string path, string field, byte[] content, string fileName, string contentType = "application/octet-stream")
    {
        var page = await client.GetPageAsync(path);
        var form = page.Forms.Last(f => f.Enctype == "multipart/form-data");
        var body = new MultipartFormDataContent();
        foreach (var hidden in form.Elements.OfType<AngleSharp.Html.Dom.IHtmlInputElement>().Where(i => i.Type == "hidden" && !string.IsNullOrEmpty(i.Name)))
        {
            body.Add(new StringContent(hidden.Value), hidden.Name!);
        }

        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        body.Add(file, field, fileName);
        return await client.PostAsync(path, body);
    }
}

/// <summary>Two-step setup as a person does it: ask for a key (a POST), add it to the app, send the app's code.</summary>
internal static class TwoFactorSetupSteps
{
    public const string Path = "/account/two-factor/setup";

    /// <summary>Asks for a key; the page that shows it, with the form that sends the code.</summary>
    public static async Task<IHtmlDocument> StartAsync(HttpClient client)
    {
        var started = await client.PostFormAsync(Path, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        return await started.ParseAsync();
    }

    public static string KeyOn(IHtmlDocument page) =>
        page.QuerySelector("code.key")!.TextContent.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();

    /// <summary>Sends a code through the form on the page that showed the key.</summary>
    public static async Task<HttpResponseMessage> SendCodeAsync(HttpClient client, IHtmlDocument page, string code)
    {
        var form = page.Forms.Last(f => !f.Action.EndsWith("/account/sign-out", StringComparison.Ordinal));
        var values = form.Elements.OfType<IHtmlInputElement>()
            .Where(i => i.Type == "hidden" && !string.IsNullOrEmpty(i.Name))
            .ToDictionary(i => i.Name!, i => i.Value);
        values["Input.Code"] = code;
        return await client.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(values));
    }

    /// <summary>Asks for a key and turns two-step sign-in on with the code the app would show.</summary>
    public static async Task<(string Key, HttpResponseMessage Response)> TurnOnAsync(HttpClient client, string codeSalt)
    {
        var page = await StartAsync(client);
        var key = KeyOn(page);
        return (key, await SendCodeAsync(client, page, await Totp.CodeAsync(key, codeSalt)));
    }
}
