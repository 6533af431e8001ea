using Border.Architecture.Tests.Support;

namespace Border.Architecture.Tests.Links;

/// <summary>The rule, given made-up views: an address written out must be reported, a named page must pass.</summary>
public sealed class PageLinkRulesBiteTests
{
    [Theory]
    [InlineData("""<a href="/appointments">Mine</a>""", "/appointments")]
    [InlineData("""<p>See <a class="button" href="/cases/@c.Id">it</a></p>""", "/cases/@c.Id")]
    public void A_link_written_as_an_address_is_reported(string line, string url) =>
        Assert.Equal(
            $"Pages/X.cshtml:1 links to \"{url}\" by its address; name the page with asp-page",
            Assert.Single(PageLinkRules.Violations([new SourceFile("Pages/X.cshtml", line)])));

    [Theory]
    [InlineData("""<a asp-page="/Appointments/Index" asp-area="">Mine</a>""")]
    [InlineData("""<a href="/admin/hangfire">Jobs</a>""")]
    [InlineData("""<a href="https://www.cbp.gov/">CBP</a>""")]
    [InlineData("""<a href="@Model.Link()">Next</a>""")]
    [InlineData("""<link href="/css/site.css" rel="stylesheet">""")]
    public void Named_pages_other_endpoints_outside_addresses_and_computed_links_pass(string line) =>
        Assert.Empty(PageLinkRules.Violations([new SourceFile("Pages/X.cshtml", line)]));
}
