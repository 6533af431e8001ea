using Border.Notifications.Data;

namespace Border.Notifications.Tests.Email;

/// <summary>Where the connection breaks decides whether the server could have the message.</summary>
public sealed class SmtpDropTests
{
    [Theory]
    [InlineData("RCPT")]
    [InlineData("MAIL")]
    public async Task A_connection_lost_before_the_server_took_a_recipient_is_tried_again_and_arrives_once(string verb)
    {
        await using var world = await EmailWorld.CreateAsync();
        await world.RegisterAsync("ana@example.test", "es");
        world.Smtp.DropAt = verb;

        Assert.Equal(0, await world.DeliverAsync());

        var row = Assert.Single(await world.EmailsAsync());
        Assert.Equal((EmailStatus.Pending, 1, world.Clock.GetUtcNow() + TimeSpan.FromSeconds(30)), (row.Status, row.Attempts, row.NextAttemptAt));
        world.Smtp.DropAt = null;
        world.Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(1, await world.DeliverAsync());
        Assert.Single(world.Smtp.Messages);
    }

    [Fact]
    public async Task A_connection_lost_after_the_server_took_a_recipient_is_unconfirmed_and_never_sent_again()
    {
        await using var world = await EmailWorld.CreateAsync();
        await world.RegisterAsync("ana@example.test", "es");
        world.Smtp.DropAt = "DATA";

        Assert.Equal(0, await world.DeliverAsync());
        world.Smtp.DropAt = null;
        world.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await world.DeliverAsync());

        Assert.Equal(EmailStatus.Unconfirmed, Assert.Single(await world.EmailsAsync()).Status);
        Assert.Empty(world.Smtp.Messages);
    }

    [Fact]
    public async Task Without_a_mail_server_each_email_is_written_once_as_an_eml_file_in_the_pickup_folder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "border-pickup-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using var world = await EmailWorld.CreateAsync(settings: new Dictionary<string, string?> { ["Email:PickupDirectory"] = folder });
            await world.Smtp.StopAsync();
            await world.RegisterAsync("ana@example.test", "es");

            Assert.Equal(1, await world.DeliverAsync());

            var id = Assert.Single(await world.EmailsAsync()).Id;
            var file = Assert.Single(Directory.GetFiles(folder));
            Assert.Equal($"{id:N}.eml", Path.GetFileName(file));
            var message = Testing.Smtp.MimePart.Parse(await File.ReadAllTextAsync(file));
            Assert.Equal($"<{id:N}@border.example>", message.Header("Message-ID"));
            Assert.Equal("ana@example.test", message.Header("To"));
            Assert.Equal("Confirme su correo electrónico", message.Subject);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
