using Border.Accounts.Contracts;
using Border.Notifications.Contracts;
using Border.Notifications.Data;
using Border.Shared.Outbox;
using Border.Testing;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Border.Notifications.Tests.Outbox;

public sealed class OutboxDeliveryTests : IAsyncLifetime
{
    private string database = string.Empty;

    public async Task InitializeAsync() => database = await TestDatabases.CreateAsync();

    public Task DisposeAsync() => TestDatabases.DropAsync(database);

    [Fact]
    public async Task Registering_an_applicant_puts_one_welcome_notification_in_their_inbox()
    {
        await using var host = BorderHost.ForDatabase(database);
        await host.SendAsync(new RegisterApplicant("ana@example.test", "a long river of words", "es", AcceptedTerms: true));

        // The registration and the request to email the confirmation link.
        Assert.Equal(2, await host.DispatchOutboxAsync());

        var notifications = await NotificationsAsync(host);
        Assert.Equal(2, notifications.Count);
        var welcome = Assert.Single(notifications, n => n.InInbox);
        Assert.Equal(NotificationKinds.Welcome, welcome.Kind);
        var confirm = Assert.Single(notifications, n => !n.InInbox);
        Assert.Equal((NotificationKinds.ConfirmEmail, welcome.RecipientId), (confirm.Kind, confirm.RecipientId));
        Assert.Equal(1, await host.SendAsync(new CountUnreadNotifications(welcome.RecipientId)));
        Assert.Equal(welcome.Id, Assert.Single((await host.SendAsync(new ListNotifications(welcome.RecipientId, 1))).Items).Id);
    }

    [Fact]
    public async Task Delivery_stopped_midway_and_restarted_loses_nothing_and_doubles_nothing()
    {
        var settings = new Dictionary<string, string?> { ["Outbox:BatchSize"] = "2" };
        await using (var first = BorderHost.ForDatabase(database, settings, s =>
        {
            s.AddScoped<INotificationHandler<ApplicantRegistered>, CrashOnThirdEvent>();
            s.AddScoped<INotificationHandler<NotificationRequested>, CrashOnThirdEvent>();
        }))
        {
            for (var i = 0; i < 5; i++)
            {
                await first.SendAsync(new RegisterApplicant($"person{i}@example.test", "a long river of words", "en", AcceptedTerms: true));
            }

            // Ten events (two per registration). Two batches, then the process "dies": the third event's
            // notification was written, its outbox row never marked.
            var accounts = first.Services.GetServices<IOutboxDispatcher>().Single(d => d.Schema == "accounts");
            Assert.Equal(10, await PendingAccountsEventsAsync(first));
            Assert.Equal(2, await accounts.DispatchBatchAsync(CancellationToken.None));
            Assert.Equal(2, await accounts.DispatchBatchAsync(CancellationToken.None));
            Assert.Equal(4, (await NotificationsAsync(first)).Count);
            Assert.Equal(7, await PendingAccountsEventsAsync(first));
        }

        await using var restarted = BorderHost.ForDatabase(database);
        await MakeFailedEventsDueNowAsync(restarted);
        await restarted.DispatchOutboxAsync();

        var notifications = await NotificationsAsync(restarted);
        Assert.Equal(10, notifications.Count);
        var perPerson = notifications.GroupBy(n => n.RecipientId).ToList();
        Assert.Equal(5, perPerson.Count);
        Assert.All(perPerson, person => Assert.Equal(
            [NotificationKinds.ConfirmEmail, NotificationKinds.Welcome], person.Select(n => n.Kind).Order(StringComparer.Ordinal)));
        Assert.Equal(0, await PendingAccountsEventsAsync(restarted));
    }

    [Fact]
    public async Task Redelivering_an_already_delivered_event_adds_nothing()
    {
        await using var host = BorderHost.ForDatabase(database);
        await host.SendAsync(new RegisterApplicant("twice@example.test", "a long river of words", "en", AcceptedTerms: true));
        Assert.Equal(2, await host.DispatchOutboxAsync());

        // As if the process died after publishing but before its commit: every event is pending again.
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
            await db.Database.ExecuteSqlRawAsync("UPDATE accounts.outbox_messages SET processed_at = NULL");
        }

        Assert.Equal(2, await host.DispatchOutboxAsync());
        var notifications = await NotificationsAsync(host);
        Assert.Equal(
            [NotificationKinds.ConfirmEmail, NotificationKinds.Welcome], notifications.Select(n => n.Kind).Order(StringComparer.Ordinal));
        Assert.Single(await EmailsAsync(host));
    }

    private static async Task<List<Notification>> NotificationsAsync(BorderHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<NotificationsDbContext>().Notifications.AsNoTracking().ToListAsync();
    }

    private static async Task<List<EmailMessage>> EmailsAsync(BorderHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<NotificationsDbContext>().Emails.AsNoTracking().ToListAsync();
    }

    private static async Task MakeFailedEventsDueNowAsync(BorderHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<NotificationsDbContext>().Database
            .ExecuteSqlRawAsync("UPDATE accounts.outbox_messages SET next_attempt_at = NULL");
    }

    private static async Task<int> PendingAccountsEventsAsync(BorderHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<NotificationsDbContext>().Database
            .SqlQueryRaw<int>("SELECT count(*)::int AS \"Value\" FROM accounts.outbox_messages WHERE processed_at IS NULL")
            .SingleAsync();
    }

    /// <summary>Stands in for a process that dies after the third event (of either kind) was handled but before the outbox row is marked.</summary>
    private sealed class CrashOnThirdEvent : INotificationHandler<ApplicantRegistered>, INotificationHandler<NotificationRequested>
    {
        private static int seen;

        public Task Handle(ApplicantRegistered notification, CancellationToken cancellationToken) => Count();

        public Task Handle(NotificationRequested notification, CancellationToken cancellationToken) => Count();

        private static Task Count() =>
            Interlocked.Increment(ref seen) == 3 ? throw new InvalidOperationException("process died") : Task.CompletedTask;
    }
}
