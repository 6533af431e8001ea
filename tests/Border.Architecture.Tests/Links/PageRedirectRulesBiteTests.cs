using Border.Architecture.Tests.Support;

namespace Border.Architecture.Tests.Links;

/// <summary>The rule, given made-up page models: an address written out must be reported, a named page must pass.</summary>
public sealed class PageRedirectRulesBiteTests
{
    [Theory]
    [InlineData("""        return Redirect("/profile/group");""", "/profile/group")]
    [InlineData("""        return Redirect($"/cases/{Id}?done=answered");""", "/cases/{Id}?done=answered")]
    [InlineData("""        return LocalRedirect("/");""", "/")]
    [InlineData("""        Redirect(await ok() ? $"/staff/messages/{id}" : "/x");""", "/staff/messages/{id}")]
    public void A_redirect_written_as_an_address_is_reported(string line, string url) =>
        Assert.Equal(
            $"src/Web/Pages/X.cshtml.cs:1 redirects to \"{url}\" by its address; name the page with RedirectToPage",
            Assert.Single(PageRedirectRules.Violations([new SourceFile("src/Web/Pages/X.cshtml.cs", line)])));

    [Theory]
    [InlineData("""        return RedirectToPage("/Cases/Show", new { area = "", id = Id, done = "answered" });""")]
    [InlineData("""        return LocalRedirect(LocalUrl.OrDefault(ReturnUrl, result.LandingPath));""")]
    [InlineData("""        await mediator.Send(new OpenNotification(User.Id(), id)) is { } link ? LocalRedirect(link) : NotFound();""")]
    public void Named_pages_and_addresses_held_in_variables_pass(string line) =>
        Assert.Empty(PageRedirectRules.Violations([new SourceFile("src/Web/Pages/X.cshtml.cs", line)]));
}
