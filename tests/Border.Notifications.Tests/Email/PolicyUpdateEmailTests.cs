using System.Net;
using Border.Notifications.Contracts;
using Border.Notifications.Data;

namespace Border.Notifications.Tests.Email;

public sealed class PolicyUpdateEmailTests : IAsyncLifetime
{
    private EmailWorld world = null!;

    public async Task InitializeAsync() => world = await EmailWorld.CreateAsync();

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task A_policy_update_is_emailed_in_the_words_its_author_wrote_for_each_readers_language()
    {
        var ana = await world.RegisterAsync("ana@example.test", "es");
        var bob = await world.RegisterAsync("bob@example.test", "en");
        Assert.Equal(2, await world.DeliverAsync());
        var update = await world.Host.SendAsync(new PublishPolicyUpdate(
            Guid.NewGuid(),
            "New opening hours",
            "From 1 December the port opens at 6 AM.\r\n\r\nBring your confirmation number.",
            "Nuevo horario",
            "Desde el 1 de diciembre el puerto abre a las 6.\r\n\r\nTraiga su número de confirmación."));
        Assert.Equal(2, await world.Host.SendAsync(new FanOutPolicyUpdates()));

        Assert.Equal(2, await world.DeliverAsync());

        var toAna = Assert.Single(world.Smtp.Messages, m => m.RcptTo[0] == "ana@example.test" && m.Message.Subject == "Nuevo horario").Message;
        var toBob = Assert.Single(world.Smtp.Messages, m => m.RcptTo[0] == "bob@example.test" && m.Message.Subject == "New opening hours").Message;
        Assert.StartsWith("Desde el 1 de diciembre el puerto abre a las 6.\r\n\r\nTraiga su número de confirmación.\r\n", toAna.Single("text/plain").Text, StringComparison.Ordinal);
        Assert.Contains($"{EmailWorld.SiteUrl}/policy-updates/{update}", toAna.Single("text/plain").Text, StringComparison.Ordinal);
        var html = WebUtility.HtmlDecode(toBob.Single("text/html").Text);
        // Paragraphs the author separated stay separate in the HTML part too.
        Assert.Contains("<p>From 1 December the port opens at 6 AM.</p>", html, StringComparison.Ordinal);
        Assert.Contains("<p>Bring your confirmation number.</p>", html, StringComparison.Ordinal);
        Assert.Equal([ana, bob], (await world.EmailsAsync()).Where(e => e.Status == EmailStatus.Sent).Select(e => e.RecipientId).Distinct().Order());
    }

    [Fact]
    public async Task Someone_who_turned_policy_updates_off_gets_them_in_the_inbox_only()
    {
        var ana = await world.RegisterAsync("ana@example.test", "es");
        await world.Host.SendAsync(new ChangeEmailSettings(ana, [EmailTopics.Updates, EmailTopics.Messages]));
        await world.Host.SendAsync(new PublishPolicyUpdate(Guid.NewGuid(), "New opening hours", "Six.", "Nuevo horario", "Seis."));
        await world.Host.SendAsync(new FanOutPolicyUpdates());

        Assert.Equal(1, await world.DeliverAsync());

        // The one email that went is the address confirmation; the policy update's was skipped.
        Assert.Equal("Confirme su correo electrónico", Assert.Single(world.Smtp.Messages).Message.Subject);
        var policy = await world.NotificationAsync(ana, NotificationKinds.PolicyUpdate);
        var skipped = await world.EmailAsync(policy.Id);
        Assert.Equal((EmailStatus.Skipped, "The person turned off \"policy\" emails."), (skipped.Status, skipped.LastError));
        // In the inbox: the welcome and the policy update (the confirmation is email-only).
        Assert.Equal(2, await world.Host.SendAsync(new CountUnreadNotifications(ana)));
        Assert.Contains(policy.Id, (await world.Host.SendAsync(new ListNotifications(ana, 1))).Items.Select(i => i.Id));
    }
}
