using System.Net;
using Border.Shared.Layout;
using Border.Testing;
using Border.Web.Composition.Layout;
using Border.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Border.Web.Tests.Messaging;

/// <summary>The header's counts read from a database that does not answer (the site's own still does): pages render without them.</summary>
public sealed class StaffHeaderWithoutCountsTests(StaffHeaderWithoutCountsTests.CountsUnreachable app) : IClassFixture<StaffHeaderWithoutCountsTests.CountsUnreachable>
{
    [Fact]
    public async Task A_staff_page_renders_its_header_without_counts_when_the_count_query_gets_no_answer()
    {
        var officer = app.CreateBrowserClient();
        await officer.SignInAsDemoAsync("officer@border.test");

        var response = await officer.GetAsync("/staff/messages");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Messages", (await response.ParseAsync()).QuerySelector("#staff-messages")!.TextContent);
    }

    public sealed class CountsUnreachable : BorderWebApp
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton(provider => new HeaderCountReader(
                NpgsqlDataSource.Create("Host=127.0.0.1;Port=1;Timeout=2"),
                provider.GetServices<HeaderCount>(),
                provider.GetRequiredService<Border.Shared.Snapshots.PersonSnapshots>(),
                provider.GetRequiredService<ILogger<HeaderCountReader>>())));
        }
    }
}
