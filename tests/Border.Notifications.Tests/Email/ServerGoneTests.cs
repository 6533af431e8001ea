using MimeKit;
using Border.Notifications.Data;
using Border.Notifications.Email;
using Microsoft.Extensions.DependencyInjection;

namespace Border.Notifications.Tests.Email;

/// <summary>A server that turns clients away, as opposed to one that refuses a message: nothing is lost, nothing is doubled.</summary>
public sealed class ServerGoneTests : IAsyncLifetime
{
    private EmailWorld world = null!;

    public async Task InitializeAsync() =>
        world = await EmailWorld.CreateAsync(
            services => services.AddSingleton<IEmailTransport>(
                provider => new CheckSaysUp(ActivatorUtilities.CreateInstance<SmtpEmailTransport>(provider))),
            new Dictionary<string, string?> { ["Email:Concurrency"] = "1" });

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task A_server_gone_between_the_check_and_the_send_keeps_the_email_for_a_later_run()
    {
        await world.RegisterAsync("ana@example.test", "es");
        await world.Smtp.StopAsync();

        Assert.Equal(0, await world.DeliverAsync());

        var row = Assert.Single(await world.EmailsAsync());
        Assert.Equal((EmailStatus.Pending, 1, world.Clock.GetUtcNow() + TimeSpan.FromSeconds(30)), (row.Status, row.Attempts, row.NextAttemptAt));
        world.Smtp.Start();
        world.Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(1, await world.DeliverAsync());
        Assert.Single(world.Smtp.Messages);
    }

    [Fact]
    public async Task A_server_closing_its_doors_with_421_ends_the_run_without_touching_the_other_emails()
    {
        for (var i = 0; i < 3; i++)
        {
            await world.RegisterAsync($"person{i}@example.test", "en");
        }

        world.Smtp.Greeting = "421 4.3.2 Service shutting down";

        Assert.Equal(0, await world.DeliverAsync());

        var rows = await world.EmailsAsync();
        Assert.All(rows, row => Assert.Equal(EmailStatus.Pending, row.Status));
        Assert.Equal([0, 0, 1], rows.Select(r => r.Attempts).Order());
        Assert.Contains("421", rows.Single(r => r.Attempts == 1).LastError, StringComparison.Ordinal);
        world.Smtp.Greeting = "220 border.test ESMTP back again";
        world.Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(3, await world.DeliverAsync());
        Assert.Equal(3, world.Smtp.Messages.Count);
    }

    /// <summary>The real transport, but its check ran a moment before the server went away.</summary>
    private sealed class CheckSaysUp(IEmailTransport real) : IEmailTransport
    {
        public Task<bool> IsReachableAsync(CancellationToken cancellationToken) => Task.FromResult(true);

        public Task<SendOutcome> SendAsync(MimeMessage message, CancellationToken cancellationToken) => real.SendAsync(message, cancellationToken);
    }
}
