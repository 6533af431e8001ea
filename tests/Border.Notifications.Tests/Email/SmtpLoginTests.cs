using Border.Notifications.Data;
using Microsoft.Extensions.Logging;

namespace Border.Notifications.Tests.Email;

public sealed class SmtpLoginTests
{
    [Fact]
    public async Task With_the_right_password_the_email_goes_out()
    {
        await using var world = await WorldAsync("the right one");
        await world.RegisterAsync("ana@example.test", "es");

        Assert.Equal(1, await world.DeliverAsync());

        Assert.Single(world.Smtp.Messages);
    }

    [Theory]
    [InlineData("a wrong one")]
    [InlineData(null)]
    public async Task A_wrong_or_missing_password_fails_no_email_they_wait_until_it_is_put_right(string? password)
    {
        await using var world = await WorldAsync(password);
        for (var i = 0; i < 5; i++)
        {
            await world.RegisterAsync($"person{i}@example.test", "en");
        }

        Assert.Equal(0, await world.DeliverAsync());

        var rows = await world.EmailsAsync();
        Assert.All(rows, row => Assert.Equal(EmailStatus.Pending, row.Status));
        // Each sender stops at its first refusal instead of working through the queue.
        Assert.InRange(rows.Count(r => r.Attempts == 1), 1, 2);
        // No password: the server's 530 to MAIL FROM. A wrong one: its 535 to AUTH, in the server's words.
        Assert.All(rows.Where(r => r.Attempts == 1), row => Assert.Contains(
            password is null ? "530 5.7.0 Authentication required" : "Authentication credentials invalid", row.LastError, StringComparison.Ordinal));
        Assert.Contains(world.Logs.Entries, e => e.Level == LogLevel.Error && e.Message.Contains("Email:Smtp", StringComparison.Ordinal));

        world.Smtp.Login = password is null ? null : ("border", password);
        world.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(5, await world.DeliverAsync());
        Assert.Equal(5, world.Smtp.Messages.Count);
    }

    private static async Task<EmailWorld> WorldAsync(string? password)
    {
        var settings = new Dictionary<string, string?>();
        if (password is not null)
        {
            settings["Email:Smtp:UserName"] = "border";
            settings["Email:Smtp:Password"] = password;
        }

        var world = await EmailWorld.CreateAsync(settings: settings);
        world.Smtp.Login = ("border", "the right one");
        return world;
    }
}
