using System.Net;
using Border.Notifications.Contracts;
using Border.Notifications.Data;
using Border.Notifications.Templates;
using Border.Testing.Smtp;

namespace Border.Notifications.Tests.Email;

public sealed class EmailDeliveryTests : IAsyncLifetime
{
    private EmailWorld world = null!;

    public async Task InitializeAsync() => world = await EmailWorld.CreateAsync();

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task Each_new_applicant_gets_one_welcome_email_in_their_own_language()
    {
        var ana = await world.RegisterAsync("ana@example.test", "es");
        var bob = await world.RegisterAsync("bob@example.test", "en");

        Assert.Equal(2, await world.DeliverAsync());

        Assert.All(await world.EmailsAsync(), row => Assert.Equal((EmailStatus.Sent, world.Clock.GetUtcNow(), 1), (row.Status, row.SentAt, row.Attempts)));
        var toAna = Assert.Single(world.Smtp.Messages, m => m.RcptTo.SequenceEqual(["ana@example.test"]));
        var toBob = Assert.Single(world.Smtp.Messages, m => m.RcptTo.SequenceEqual(["bob@example.test"]));
        AssertWelcome(toAna, await WelcomeIdAsync(ana), "es", "Bienvenido a Border", "Su cuenta está lista.", "Abrir Border");
        AssertWelcome(toBob, await WelcomeIdAsync(bob), "en", "Welcome to Border", "Your account is ready.", "Open Border");
        Assert.Equal("no-reply@border.example", toAna.MailFrom);
    }

    [Fact]
    public async Task Delivering_again_sends_nothing_more()
    {
        await world.RegisterAsync("ana@example.test", "es");
        Assert.Equal(1, await world.DeliverAsync());

        world.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await world.DeliverAsync());
        Assert.Equal(0, await world.DeliverAsync());

        Assert.Single(world.Smtp.Messages);
        Assert.Equal(EmailStatus.Sent, Assert.Single(await world.EmailsAsync()).Status);
    }

    [Fact]
    public async Task A_spanish_subject_and_a_moment_with_its_zone_arrive_intact_in_utf8()
    {
        var ana = await world.RegisterAsync("ana@example.test", "es");
        var decision = await world.NotifyAsync(ana, NotificationKinds.DecisionMade, NotificationTemplates.For(NotificationKinds.DecisionMade).Sample);
        var offer = await world.NotifyAsync(ana, NotificationKinds.AppointmentOffered, NotificationTemplates.For(NotificationKinds.AppointmentOffered).Sample);

        Assert.Equal(3, await world.DeliverAsync());

        var decided = Assert.Single(world.Smtp.Messages, m => m.Message.Header("Message-ID") == MessageId(decision)).Message;
        Assert.Equal("Se tomó una decisión sobre su caso", decided.Subject);
        Assert.Contains("La decisión sobre el caso BRD-7K3M-Q9TX es:", decided.Single("text/plain").Text, StringComparison.Ordinal);
        Assert.Contains("https://border.example/cases", decided.Single("text/plain").Text, StringComparison.Ordinal);
        var offered = Assert.Single(world.Smtp.Messages, m => m.Message.Header("Message-ID") == MessageId(offer)).Message;
        Assert.Equal("Tiene una cita por confirmar", offered.Subject);
        Assert.Contains("hora del Pacífico (PST)", offered.Single("text/plain").Text, StringComparison.Ordinal);
        Assert.Contains("hora del Pacífico (PST)", WebUtility.HtmlDecode(offered.Single("text/html").Text), StringComparison.Ordinal);
        // Border always sends these, so the footer says so instead of offering to turn them off.
        Assert.Contains("Border siempre envía correos sobre ofertas", offered.Single("text/plain").Text, StringComparison.Ordinal);
    }

    /// <summary>The id of the notification in the person's inbox, which the email's Message-ID carries.</summary>
    private async Task<Guid> WelcomeIdAsync(Guid person) =>
        Assert.Single((await world.Host.SendAsync(new ListNotifications(person, 1))).Items).Id;

    private static void AssertWelcome(ReceivedEmail email, Guid id, string language, string subject, string body, string open)
    {
        var message = email.Message;
        Assert.Equal(subject, message.Subject);
        Assert.Equal(MessageId(id), message.Header("Message-ID"));
        Assert.Equal(language, message.Header("Content-Language"));
        Assert.Equal("multipart/alternative", message.MediaType);
        Assert.Equal(["text/plain", "text/html"], message.Parts.Select(p => p.MediaType));

        var plain = message.Single("text/plain").Text;
        Assert.StartsWith(body, plain, StringComparison.Ordinal);
        Assert.Contains($"{open}: {EmailWorld.SiteUrl}/\r\n", plain, StringComparison.Ordinal);
        Assert.Contains($"{EmailWorld.SiteUrl}/notifications/settings", plain, StringComparison.Ordinal);

        var html = WebUtility.HtmlDecode(message.Single("text/html").Text);
        Assert.Contains($"<html lang=\"{language}\">", html, StringComparison.Ordinal);
        Assert.Contains($"<h1 style=\"font-size:1.25em\">{subject}</h1>", html, StringComparison.Ordinal);
        Assert.Contains(body, html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{EmailWorld.SiteUrl}/\">{open}</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
    }

    private static string MessageId(Guid id) => $"<{id:N}@border.example>";
}
