using MimeKit;
using Border.Notifications.Contracts;
using Border.Notifications.Data;
using Border.Notifications.Email;
using Microsoft.Extensions.DependencyInjection;

namespace Border.Notifications.Tests.Email;

/// <summary>The server may have an email the sender never heard back about: such an email is never sent again on its own.</summary>
public sealed class SenderCrashTests
{
    [Fact]
    public async Task A_sender_that_dies_after_the_server_took_the_email_never_sends_it_again()
    {
        await using var world = await EmailWorld.CreateAsync(services => services.AddSingleton<IEmailTransport>(
            provider => new DiesAfterSending(ActivatorUtilities.CreateInstance<SmtpEmailTransport>(provider))));
        var ana = await world.RegisterAsync("ana@example.test", "es");

        await Assert.ThrowsAsync<InvalidOperationException>(world.DeliverAsync);
        Assert.Single(world.Smtp.Messages);
        Assert.Equal(EmailStatus.Sending, Assert.Single(await world.EmailsAsync()).Status);

        await world.RestartAsync();
        // While the dead sender's lease lasts, the email is left alone; after it, it is written off, not resent.
        Assert.Equal(0, await world.DeliverAsync());
        Assert.Equal(EmailStatus.Sending, Assert.Single(await world.EmailsAsync()).Status);
        world.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(0, await world.DeliverAsync());
        world.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await world.DeliverAsync());

        var row = Assert.Single(await world.EmailsAsync());
        Assert.Equal((EmailStatus.Unconfirmed, 1, (DateTimeOffset?)null), (row.Status, row.Attempts, row.LeaseUntil));
        Assert.Single(world.Smtp.Messages);
        // Written off is done too: the secret link is not kept.
        Assert.Null((await world.NotificationAsync(ana, NotificationKinds.ConfirmEmail)).Arguments);
    }

    [Fact]
    public async Task A_server_that_takes_the_email_and_never_answers_leaves_it_unconfirmed_and_not_sent_again()
    {
        await using var world = await EmailWorld.CreateAsync();
        await world.RegisterAsync("ana@example.test", "es");
        world.Smtp.HangAfterData = true;

        // The guard only keeps a hang from stalling the suite; the SMTP timeout (3 s) is what should end it.
        Assert.Equal(0, await world.DeliverAsync().WaitAsync(TimeSpan.FromSeconds(60)));

        world.Smtp.HangAfterData = false;
        world.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await world.DeliverAsync());
        var row = Assert.Single(await world.EmailsAsync());
        Assert.Equal(EmailStatus.Unconfirmed, row.Status);
        Assert.Contains("timed out", row.LastError, StringComparison.Ordinal);
        Assert.Single(world.Smtp.Messages);
    }

    /// <summary>The real transport, then the process dies before the outcome is written down.</summary>
    private sealed class DiesAfterSending(IEmailTransport real) : IEmailTransport
    {
        public Task<bool> IsReachableAsync(CancellationToken cancellationToken) => real.IsReachableAsync(cancellationToken);

        public async Task<SendOutcome> SendAsync(MimeMessage message, CancellationToken cancellationToken)
        {
            await real.SendAsync(message, cancellationToken);
            throw new InvalidOperationException("The process died here.");
        }
    }
}
