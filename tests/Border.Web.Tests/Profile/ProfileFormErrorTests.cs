using System.Net;
using Border.Testing;
using Border.Web.Tests.Support;

namespace Border.Web.Tests.Profile;

public sealed class ProfileFormErrorTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    public static TheoryData<string, string, string, string> EmptyForms => new()
    {
        { "/profile/name", "Input_FullName", "Enter your full name as it is written on your identity document.", "Escriba su nombre completo como aparece en su documento de identidad." },
        { "/profile/birth", "Input_DateOfBirth", "Enter your date of birth.", "Escriba su fecha de nacimiento." },
        { "/profile/birth", "Input_Sex", "Choose the sex written on your identity document.", "Elija el sexo que aparece en su documento de identidad." },
        { "/profile/nationality", "Input_CountryOfBirth", "Choose the country where you were born.", "Elija el país donde nació." },
        { "/profile/location", "Input_State", "Choose the Mexican state where you are now.", "Elija el estado de México donde está ahora." },
        { "/profile/destination", "Input_Zip", "Enter the ZIP code.", "Escriba el código postal (ZIP)." },
        { "/profile/documents/{me}", "Input_Type", "Choose the type of document.", "Elija el tipo de documento." },
        { "/profile/group/add", "Input_Relationship", "Choose how they are related to you.", "Elija qué relación tiene con usted." },
    };

    [Theory]
    [MemberData(nameof(EmptyForms))]
    public async Task An_empty_form_says_what_is_missing_by_the_field_and_in_the_summary_in_both_languages(
        string path, string fieldId, string english, string spanish)
    {
        foreach (var (culture, message) in new[] { ("en", english), ("es", spanish) })
        {
            var email = $"{Guid.NewGuid():N}@example.test";
            var client = await Applicants.RegisterAsync(app, email, culture);
            var page = path.Replace("{me}", (await TestAccounts.IdOfAsync(app.Services, email)).ToString(), StringComparison.Ordinal);

            var refused = await client.PostFormAsync(page, new Dictionary<string, string>());

            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            var html = await refused.ParseAsync();
            Assert.Contains(html.QuerySelectorAll(".error-summary a"), a => a.TextContent == message && a.GetAttribute("href") == $"#{fieldId}");
            Assert.NotNull(html.GetElementById(fieldId));
            Assert.Contains(html.QuerySelectorAll(".error"), e => e.TextContent.Trim() == message);
            Assert.Equal(culture, html.QuerySelector("html")!.GetAttribute("lang"));
        }
    }

    [Fact]
    public async Task A_wrong_date_is_explained_and_everything_typed_stays_in_the_form()
    {
        var client = await Applicants.RegisterAsync(app, "dates@example.test", "es");

        var refused = await client.PostFormAsync("/profile/birth", new Dictionary<string, string>
        {
            ["Input.DateOfBirth.Day"] = "31", ["Input.DateOfBirth.Month"] = "2", ["Input.DateOfBirth.Year"] = "1990", ["Input.Sex"] = "male",
        });

        var html = await refused.ParseAsync();
        Assert.Equal("Escriba una fecha de nacimiento real, como 27 3 1990.", html.QuerySelector(".error-summary a")!.TextContent);
        Assert.Equal("31", html.GetElementById("Input_DateOfBirth")!.GetAttribute("value"));
        Assert.Equal("1990", html.GetElementById("Input_DateOfBirth_Year")!.GetAttribute("value"));
        Assert.NotNull(html.QuerySelector("input[name='Input.Sex'][value=male][checked]"));
    }

    [Fact]
    public async Task An_expired_document_is_refused_and_the_rest_of_the_answers_stay()
    {
        var client = await Applicants.RegisterAsync(app, "expired@example.test", "en");
        var me = await TestAccounts.IdOfAsync(app.Services, "expired@example.test");

        var refused = await client.PostFormAsync($"/profile/documents/{me}", new Dictionary<string, string>
        {
            ["Input.Type"] = "passport", ["Input.Number"] = "X9988776", ["Input.IssuingCountry"] = "VE",
            ["Input.ExpiresOn.Day"] = "1", ["Input.ExpiresOn.Month"] = "1", ["Input.ExpiresOn.Year"] = "2020",
        });

        var html = await refused.ParseAsync();
        Assert.Equal("This document has expired. Use a document that is still valid.", html.QuerySelector(".error-summary a")!.TextContent);
        Assert.Equal("X9988776", html.GetElementById("Input_Number")!.GetAttribute("value"));
        Assert.NotNull(html.QuerySelector("#Input_IssuingCountry option[value=VE][selected]"));
    }

    [Theory]
    [InlineData("en", "The file must be a JPEG or PNG photo, or a PDF.")]
    [InlineData("es", "El archivo debe ser una foto JPEG o PNG, o un PDF.")]
    public async Task A_file_that_only_pretends_to_be_a_photo_is_refused_and_the_document_details_are_kept(string culture, string message)
    {
        var email = $"{Guid.NewGuid():N}@example.test";
        var client = await Applicants.RegisterAsync(app, email, culture);
        var me = await TestAccounts.IdOfAsync(app.Services, email);
        await client.AnswerAsync($"/profile/documents/{me}", new()
        {
            ["Input.Type"] = "national-id", ["Input.Number"] = "MX 123 456", ["Input.IssuingCountry"] = "MX",
            ["Input.ExpiresOn.Day"] = "9", ["Input.ExpiresOn.Month"] = "9", ["Input.ExpiresOn.Year"] = "2033",
        }, $"/profile/documents/{me}/photo");

        var refused = await client.PostFileAsync($"/profile/documents/{me}/photo", "Photo", "GIF89a not really a photo"u8.ToArray(), "photo.jpg", "image/jpeg");
        var empty = await client.PostFileAsync($"/profile/documents/{me}/photo", "Photo", [], "photo.jpg", "image/jpeg");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.ParseAsync();
        Assert.Equal(message, html.QuerySelector(".error-summary a")!.TextContent);
        Assert.Equal("#Photo", html.QuerySelector(".error-summary a")!.GetAttribute("href"));
        Assert.NotNull(html.GetElementById("Photo"));
        Assert.Equal(culture == "es" ? "El archivo elegido está vacío." : "The selected file is empty.", (await empty.ParseAsync()).QuerySelector(".error-summary a")!.TextContent);
        Assert.Equal("MX 123 456", (await client.GetPageAsync($"/profile/documents/{me}")).GetElementById("Input_Number")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_photo_over_five_megabytes_gets_a_message_by_the_field()
    {
        var client = await Applicants.RegisterAsync(app, "big@example.test", "en");
        var big = new byte[(5 * 1024 * 1024) + 1];
        TestImages.Png.CopyTo(big, 0);

        var refused = await client.PostFileAsync("/profile/selfie", "Photo", big, "huge.png", "image/png");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal("The file must be smaller than 5 MB.", (await refused.ParseAsync()).QuerySelector(".error-summary a")!.TextContent);
    }

    [Fact]
    public async Task The_eighth_companion_is_refused_with_the_maximum()
    {
        var client = await Applicants.RegisterAsync(app, "family@example.test", "en");
        var member = new Dictionary<string, string>
        {
            ["Input.FullName"] = "Primo", ["Input.DateOfBirth.Day"] = "5", ["Input.DateOfBirth.Month"] = "5",
            ["Input.DateOfBirth.Year"] = "2001", ["Input.Nationality"] = "SV", ["Input.Relationship"] = "other-relative",
        };
        for (var i = 0; i < 7; i++)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/profile/group/add", member)).StatusCode);
        }

        var refused = await client.PostFormAsync("/profile/group/add", member);

        var html = await refused.ParseAsync();
        Assert.Equal("A group can have at most 8 people, you included.", html.QuerySelector(".error-summary a")!.TextContent);
        Assert.Equal("Primo", html.GetElementById("Input_FullName")!.GetAttribute("value"));
        Assert.Null((await client.GetPageAsync("/profile/group")).QuerySelector("a[href='/profile/group/add']"));
    }
}
