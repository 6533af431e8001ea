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
    public async Task Each_new_applicant_gets_one_email_confirming_their_address_in_their_own_language()
    {
        var ana = await world.RegisterAsync("ana@example.test", "es");
        var bob = await world.RegisterAsync("bob@example.test", "en");
        // Read before sending: once the email is done, the link is no longer kept.
        var confirmAna = await world.NotificationAsync(ana, NotificationKinds.ConfirmEmail);
        var confirmBob = await world.NotificationAsync(bob, NotificationKinds.ConfirmEmail);

        Assert.Equal(2, await world.DeliverAsync());

        var rows = await world.EmailsAsync();
        Assert.Equal(new[] { confirmAna.Id, confirmBob.Id }.Order(), rows.Select(r => r.Id).Order());
        Assert.All(rows, row => Assert.Equal((EmailStatus.Sent, world.Clock.GetUtcNow(), 1), (row.Status, row.SentAt, row.Attempts)));
        Assert.Equal(2, world.Smtp.Messages.Count);
        var toAna = Assert.Single(world.Smtp.Messages, m => m.RcptTo.SequenceEqual(["ana@example.test"]));
        var toBob = Assert.Single(world.Smtp.Messages, m => m.RcptTo.SequenceEqual(["bob@example.test"]));
        var linkAna = Link(confirmAna, ana);
        var linkBob = Link(confirmBob, bob);
        Assert.NotEqual(linkAna, linkBob);
        AssertConfirmation(
            toAna,
            confirmAna.Id,
            "es",
            "Confirme su correo electrónico",
            $"Le damos la bienvenida a Border. Para confirmar esta dirección para su cuenta, abra este enlace en las próximas 24 horas: {linkAna} Si usted no creó una cuenta, ignore este correo.",
            linkAna,
            "Abrir Border",
            "Border siempre envía correos sobre ofertas, fechas límite, confirmaciones, solicitudes de documentos y decisiones.");
        AssertConfirmation(
            toBob,
            confirmBob.Id,
            "en",
            "Confirm your email address",
            $"Welcome to Border. To confirm this address for your account, open this link within 24 hours: {linkBob} If you did not create an account, ignore this email.",
            linkBob,
            "Open Border",
            "Border always emails about offers, deadlines, confirmations, document requests and decisions.");
        Assert.Equal("no-reply@border.example", toAna.MailFrom);
    }

    [Fact]
    public async Task The_welcome_stays_in_the_inbox_and_the_confirmation_link_is_forgotten_once_its_email_is_sent()
    {
        var ana = await world.RegisterAsync("ana@example.test", "en");

        var welcome = await world.NotificationAsync(ana, NotificationKinds.Welcome);
        var confirm = await world.NotificationAsync(ana, NotificationKinds.ConfirmEmail);
        Assert.Equal(2, (await world.NotificationsAsync()).Count);
        Assert.True(welcome.InInbox);
        Assert.False(confirm.InInbox);
        var link = Link(confirm, ana);
        // The welcome has no email row; the only email is the confirmation, and the inbox shows only the welcome.
        Assert.Equal(confirm.Id, Assert.Single(await world.EmailsAsync()).Id);
        Assert.Equal(welcome.Id, Assert.Single((await world.Host.SendAsync(new ListNotifications(ana, 1))).Items).Id);

        Assert.Equal(1, await world.DeliverAsync());

        Assert.Contains(link, Assert.Single(world.Smtp.Messages).Message.Single("text/plain").Text, StringComparison.Ordinal);
        Assert.Equal(EmailStatus.Sent, (await world.EmailAsync(confirm.Id)).Status);
        var after = await world.NotificationAsync(ana, NotificationKinds.ConfirmEmail);
        Assert.Null(after.Arguments);
        Assert.Equal(confirm.Id, after.Id);
        // Nothing else changed: the welcome is still there, unread, and still the only email is the one sent.
        Assert.Equal(welcome.Id, Assert.Single((await world.Host.SendAsync(new ListNotifications(ana, 1))).Items).Id);
        Assert.Equal(1, await world.Host.SendAsync(new CountUnreadNotifications(ana)));
        Assert.Single(await world.EmailsAsync());
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

    /// <summary>The full address the confirmation email carries: the site and the path Accounts wrote, with its secret code.</summary>
    private static string Link(Notification confirm, Guid person)
    {
        var page = Assert.Single(confirm.Arguments!, a => a.Key == "link").Value.Page;
        Assert.StartsWith($"/account/confirm-email?user={person}&code=", page, StringComparison.Ordinal);
        Assert.True(page!.Length > $"/account/confirm-email?user={person}&code=".Length);
        return EmailWorld.SiteUrl + page;
    }

    private static void AssertConfirmation(
        ReceivedEmail email, Guid id, string language, string subject, string body, string link, string open, string alwaysSent)
    {
        var message = email.Message;
        Assert.Equal(subject, message.Subject);
        Assert.Equal(MessageId(id), message.Header("Message-ID"));
        Assert.Equal(language, message.Header("Content-Language"));
        Assert.Equal("multipart/alternative", message.MediaType);
        Assert.Equal(["text/plain", "text/html"], message.Parts.Select(p => p.MediaType));

        var plain = message.Single("text/plain").Text;
        Assert.StartsWith(body + "\r\n", plain, StringComparison.Ordinal);
        Assert.Contains($"{open}: {EmailWorld.SiteUrl}/\r\n", plain, StringComparison.Ordinal);
        // Critical: the footer says Border always sends it instead of offering to turn it off.
        Assert.Contains(alwaysSent, plain, StringComparison.Ordinal);
        Assert.DoesNotContain("/notifications/settings", plain, StringComparison.Ordinal);

        var html = WebUtility.HtmlDecode(message.Single("text/html").Text);
        Assert.Contains($"<html lang=\"{language}\">", html, StringComparison.Ordinal);
        Assert.Contains($"<h1 style=\"font-size:1.25em\">{subject}</h1>", html, StringComparison.Ordinal);
        // The same words, with the link clickable.
        Assert.Contains($"<p>{body.Replace(link, $"<a href=\"{link}\">{link}</a>", StringComparison.Ordinal)}</p>", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{EmailWorld.SiteUrl}/\">{open}</a>", html, StringComparison.Ordinal);
        Assert.Contains(alwaysSent, html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
    }

    private static string MessageId(Guid id) => $"<{id:N}@border.example>";
}
