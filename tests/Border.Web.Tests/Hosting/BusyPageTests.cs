using System.Net;
using Border.Testing;
using Border.Web.Tests.Support;

namespace Border.Web.Tests.Hosting;

/// <summary>With no room in the queue every page is turned away: a small page in the reader's language, no database.</summary>
public sealed class BusyPageTests : IAsyncLifetime
{
    private readonly FullQueueWebApp app = new();

    public Task InitializeAsync() => app.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)app).DisposeAsync();

    [Theory]
    [InlineData("en", "The service is busy")]
    [InlineData("es", "El servicio está saturado")]
    public async Task A_full_queue_answers_503_in_the_readers_language_with_retry_after_5(string language, string title)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        var response = await client.GetAsync("/appointments/request");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter!.Delta);
        var page = await response.ParseAsync();
        Assert.Equal(language, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(title, page.QuerySelector("h1")!.TextContent);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length < 1024);
    }

    private sealed class FullQueueWebApp : BorderWebApp
    {
        protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("Throughput:QueueLimit", "0")];
    }
}
