using Border.Notifications.Data;

namespace Border.Notifications.Tests.Email;

public sealed class TwoNodesTests : IAsyncLifetime
{
    private EmailWorld world = null!;

    public async Task InitializeAsync() => world = await EmailWorld.CreateAsync();

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
