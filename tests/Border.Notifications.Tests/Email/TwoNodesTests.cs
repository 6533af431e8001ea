using Border.Notifications.Data;

namespace Border.Notifications.Tests.Email;

public sealed class TwoNodesTests : IAsyncLifetime
{
    private EmailWorld world = null!;

    // Six senders share a two-core machine with the rest of the suite; the world's short timeout would turn a slow
    // answer into a retry half a minute later, which is not what this test is about.
    public async Task InitializeAsync() =>
        world = await EmailWorld.CreateAsync(settings: new Dictionary<string, string?> { ["Email:Smtp:Timeout"] = "00:00:30" });

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task Two_nodes_delivering_at_once_send_each_email_exactly_once()
    {
        for (var i = 0; i < 12; i++)
        {
            await world.RegisterAsync($"person{i}@example.test", i % 2 == 0 ? "en" : "es");
        }

        await using var other = world.StartAnotherNode();
        var runs = await Task.WhenAll(
            world.DeliverAsync(),
            other.SendAsync(new Contracts.DeliverEmails()),
            world.DeliverAsync());

        Assert.Equal(12, runs.Sum());
        Assert.Equal(12, world.Smtp.Messages.Count);
        Assert.Equal(12, world.Smtp.Messages.Select(m => m.Message.Header("Message-ID")).Distinct().Count());
        Assert.All(await world.EmailsAsync(), row => Assert.Equal((EmailStatus.Sent, 1), (row.Status, row.Attempts)));
    }
}
