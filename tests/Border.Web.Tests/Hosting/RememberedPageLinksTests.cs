using Border.Web.Tests.Support;

namespace Border.Web.Tests.Hosting;

/// <summary>
/// Page links and forms without values of their own are generated once per page that shows them (RememberedPageLinks):
/// the remembered addresses are the ones routing gives, on every page, and a relative or handler address stays the
/// shown page's own.
/// </summary>
public sealed class RememberedPageLinksTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task The_headers_links_and_a_pages_handler_form_point_where_routing_says_on_every_visit()
    {
        var (applicant, _) = await Applicants.RegisterWelcomedAsync(app);

        foreach (var path in new[] { "/", "/notifications", "/", "/notifications", "/appointments" })
        {
            var page = await applicant.GetPageAsync(path);
            var links = page.QuerySelectorAll("header a[href]").Select(a => a.GetAttribute("href")).ToList();
            Assert.Contains("/", links);
            Assert.Contains("/notifications", links);
            Assert.Contains(page.QuerySelectorAll("form"), f => f.GetAttribute("action") == "/account/sign-out");
            if (path == "/notifications")
            {
                Assert.Contains(page.QuerySelectorAll("main form"), f => f.GetAttribute("action") == "/notifications?handler=MarkAll");
            }
        }
    }
}
