using Border.Notifications.Contracts;
using Border.Notifications.Data;

namespace Border.Notifications.Tests.Email;

public sealed class SmtpTroubleTests : IAsyncLifetime
{
    private EmailWorld world = null!;

    public async Task InitializeAsync() => world = await EmailWorld.CreateAsync();

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task Nothing_is_lost_while_the_server_is_down_and_each_email_arrives_once_when_it_is_back()
    {
        await world.Smtp.StopAsync();
        for (var i = 0; i < 3; i++)
        {
            await world.RegisterAsync($"person{i}@example.test", i % 2 == 0 ? "en" : "es");
        }

        Assert.Equal(0, await world.DeliverAsync());
        world.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(0, await world.DeliverAsync());
        Assert.All(await world.EmailsAsync(), row => Assert.Equal(EmailStatus.Pending, row.Status));

        world.Smtp.Start();
        world.Clock.Advance(TimeSpan.FromHours(1));

        Assert.Equal(3, await world.DeliverAsync());
        Assert.Equal(0, await world.DeliverAsync());
        var rows = await world.EmailsAsync();
        Assert.All(rows, row => Assert.Equal(EmailStatus.Sent, row.Status));
        Assert.Equal(
            rows.Select(r => $"<{r.Id:N}@border.example>").Order(StringComparer.Ordinal),
            world.Smtp.Messages.Select(m => m.Message.Header("Message-ID")!).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("rcpt", "451 4.3.0 Mailbox busy, try later")]
    [InlineData("data", "452 4.3.1 Insufficient system storage")]
    public async Task A_not_now_answer_is_tried_again_later_with_ever_longer_waits(string stage, string answer)
    {
        var ana = await world.RegisterAsync("ana@example.test", "es");
        Answer(stage, answer);

        var waits = new List<TimeSpan>();
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            Assert.Equal(0, await world.DeliverAsync());
            var row = Assert.Single(await world.EmailsAsync());
            Assert.Equal((EmailStatus.Pending, attempt), (row.Status, row.Attempts));
            Assert.Contains(answer[4..], row.LastError, StringComparison.Ordinal);
            waits.Add(row.NextAttemptAt - world.Clock.GetUtcNow());

            // Not due yet: a run now leaves it alone.
            Assert.Equal(0, await world.DeliverAsync());
            Assert.Equal(attempt, Assert.Single(await world.EmailsAsync()).Attempts);
            world.Clock.Advance(waits[^1]);
        }

        Assert.Equal([TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(4)], waits);
        Answer(stage, null);
        Assert.Equal(1, await world.DeliverAsync());
        Assert.Equal(EmailStatus.Sent, Assert.Single(await world.EmailsAsync()).Status);
        Assert.Single(world.Smtp.Messages);
        Assert.Equal(ana, Assert.Single(await world.EmailsAsync()).RecipientId);
    }

    [Theory]
    [InlineData("rcpt", "550 5.1.1 No such user here")]
    [InlineData("data", "554 5.7.1 Message rejected as spam")]
    public async Task A_final_refusal_fails_the_email_with_the_servers_words_and_it_is_not_tried_again(string stage, string answer)
    {
        var ana = await world.RegisterAsync("ana@example.test", "es");
        Answer(stage, answer);

        Assert.Equal(0, await world.DeliverAsync());
        world.Smtp.RcptReply = world.Smtp.DataReply = null;
        world.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await world.DeliverAsync());

        var row = Assert.Single(await world.EmailsAsync());
        Assert.Equal((EmailStatus.Failed, 1, (DateTimeOffset?)null), (row.Status, row.Attempts, row.SentAt));
        Assert.Contains(answer[4..], row.LastError, StringComparison.Ordinal);
        Assert.Empty(world.Smtp.Messages);
        // The email is done, so its secret link is not kept.
        Assert.Null((await world.NotificationAsync(ana, NotificationKinds.ConfirmEmail)).Arguments);
    }

    [Fact]
    public async Task An_email_that_could_not_go_out_for_days_is_given_up_rather_than_sent_late()
    {
        await world.Smtp.StopAsync();
        var ana = await world.RegisterAsync("ana@example.test", "es");
        Assert.Equal(0, await world.DeliverAsync());
        Assert.NotNull((await world.NotificationAsync(ana, NotificationKinds.ConfirmEmail)).Arguments);

        world.Smtp.Start();
        world.Clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromMinutes(1));
        Assert.Equal(0, await world.DeliverAsync());

        Assert.Equal(EmailStatus.Failed, Assert.Single(await world.EmailsAsync()).Status);
        Assert.Empty(world.Smtp.Messages);
        // Given up is done too: the secret link is not kept.
        Assert.Null((await world.NotificationAsync(ana, NotificationKinds.ConfirmEmail)).Arguments);
    }

    private void Answer(string stage, string? reply)
    {
        if (stage == "rcpt")
        {
            world.Smtp.RcptReply = reply;
        }
        else
        {
            world.Smtp.DataReply = reply;
        }
    }
}
