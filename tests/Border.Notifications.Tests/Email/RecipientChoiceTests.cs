using Border.Notifications.Contracts;
using Border.Notifications.Data;
using Border.Notifications.Templates;
using Border.Testing;

namespace Border.Notifications.Tests.Email;

public sealed class RecipientChoiceTests : IAsyncLifetime
{
    private EmailWorld world = null!;

    public async Task InitializeAsync() => world = await EmailWorld.CreateAsync();

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task A_closed_account_gets_no_email_and_is_not_tried_again()
    {
        var ana = await world.RegisterAsync("ana@example.test", "es");
        await TestAccounts.CloseAsync(world.Host.Services, ana);
        var neverHadAccount = await world.NotifyAsync(Guid.NewGuid(), NotificationKinds.AppointmentOffered, Sample(NotificationKinds.AppointmentOffered));

        Assert.Equal(0, await world.DeliverAsync());
        world.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await world.DeliverAsync());

        var rows = await world.EmailsAsync();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, row => Assert.Equal((EmailStatus.Skipped, 1, "The account is closed."), (row.Status, row.Attempts, row.LastError)));
        Assert.Contains(rows, row => row.Id == neverHadAccount);
        Assert.Empty(world.Smtp.Messages);
    }

    [Fact]
    public async Task Turning_updates_off_skips_an_appointment_request_but_an_offered_appointment_a_case_receipt_and_the_address_confirmation_are_still_sent()
    {
        var ana = await world.RegisterAsync("ana@example.test", "en");
        await world.Host.SendAsync(new ChangeEmailSettings(ana, [EmailTopics.Messages, EmailTopics.PolicyUpdates]));
        var requested = await world.NotifyAsync(ana, NotificationKinds.AppointmentRequested, Sample(NotificationKinds.AppointmentRequested));
        var offer = await world.NotifyAsync(ana, NotificationKinds.AppointmentOffered, Sample(NotificationKinds.AppointmentOffered));
        var received = await world.NotifyAsync(ana, NotificationKinds.CaseReceived, Sample(NotificationKinds.CaseReceived));
        var confirm = (await world.NotificationAsync(ana, NotificationKinds.ConfirmEmail)).Id;

        Assert.Equal(3, await world.DeliverAsync());

        var rows = await world.EmailsAsync();
        Assert.Equal(4, rows.Count);
        Assert.All(rows.Where(r => r.Id == offer || r.Id == confirm || r.Id == received), row => Assert.Equal(EmailStatus.Sent, row.Status));
        var skipped = Assert.Single(rows, r => r.Id == requested);
        Assert.Equal((EmailStatus.Skipped, "The person turned off \"updates\" emails."), (skipped.Status, skipped.LastError));
        Assert.Equal(
            ["Confirm your email address", "We received your information", "You have an appointment to confirm"],
            world.Smtp.Messages.Select(m => m.Message.Subject).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Turning_a_topic_back_on_counts_for_emails_not_yet_sent()
    {
        var ana = await world.RegisterAsync("ana@example.test", "es");
        var requested = await world.NotifyAsync(ana, NotificationKinds.AppointmentRequested, Sample(NotificationKinds.AppointmentRequested));
        await world.Host.SendAsync(new ChangeEmailSettings(ana, []));
        await world.Host.SendAsync(new ChangeEmailSettings(ana, EmailTopics.All));

        Assert.Equal(2, await world.DeliverAsync());

        Assert.Equal(EmailStatus.Sent, (await world.EmailAsync(requested)).Status);
        Assert.Equal(
            ["Confirme su correo electrónico", "Recibimos su solicitud de cita"],
            world.Smtp.Messages.Select(m => m.Message.Subject).Order(StringComparer.Ordinal));
    }

    private static IReadOnlyDictionary<string, NotificationArgument> Sample(string kind) => NotificationTemplates.For(kind).Sample;
}
