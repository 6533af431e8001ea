using Border.Accounts.Contracts;
using Border.Notifications.Contracts;
using Border.Notifications.Data;
using Border.Shared.Messaging;
using Border.Shared.Outbox;
using Border.Testing;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Border.Notifications.Tests.Outbox;

/// <summary>The outbox stores each event's stable name and the dispatcher finds the class by it, whatever the class is called.</summary>
public sealed class OutboxEventNameTests : IAsyncLifetime
{
    private string database = string.Empty;

    public async Task InitializeAsync() => database = await TestDatabases.CreateAsync();

    public Task DisposeAsync() => TestDatabases.DropAsync(database);

    [Fact]
    public async Task An_event_is_stored_under_its_stable_name_and_delivered_by_that_name()
    {
        await using var host = BorderHost.ForDatabase(database);
        await host.SendAsync(new RegisterApplicant("named@example.test", "a long river of words", "en", AcceptedTerms: true));

        Assert.Equal(["accounts.applicant-registered", "notifications.notification-requested"], (await TypesAsync(host)).Order(StringComparer.Ordinal));
        Assert.Equal(2, await host.DispatchOutboxAsync());
        Assert.Equal(0, await CountAsync(host, "SELECT count(*)::int AS \"Value\" FROM accounts.outbox_messages WHERE processed_at IS NULL OR attempts > 0"));
        Assert.Equal(
            [NotificationKinds.ConfirmEmail, NotificationKinds.Welcome],
            (await NotificationsAsync(host)).Select(n => n.Kind).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_row_waiting_under_a_name_reaches_the_class_that_carries_the_name_after_a_rename()
    {
        IReadOnlyCollection<Type> eventTypes;
        await using (var before = BorderHost.ForDatabase(database))
        {
            await before.SendAsync(new RegisterApplicant("renamed@example.test", "a long river of words", "en", AcceptedTerms: true));
            eventTypes = [.. before.Services.GetRequiredService<IntegrationEventRegistry>().TypesByName.Values];
        }

        // The next release calls ApplicantRegistered something else: the name moves with it to the new class.
        var received = new Received();
        await using var after = BorderHost.ForDatabase(database, services: s =>
        {
            s.AddSingleton(new IntegrationEventRegistry(eventTypes.Where(t => t != typeof(ApplicantRegistered)).Append(typeof(ApplicantSignedUp))));
            s.AddSingleton(received);
            s.AddScoped<INotificationHandler<ApplicantSignedUp>, RecordSignUp>();
        });

        Assert.Equal(2, await after.DispatchOutboxAsync());

        var signedUp = Assert.Single(received.Events);
        var confirm = Assert.Single(await NotificationsAsync(after));
        Assert.Equal((signedUp.UserId, "en"), (confirm.RecipientId, signedUp.Culture));
        Assert.Equal(0, await CountAsync(after, "SELECT count(*)::int AS \"Value\" FROM accounts.outbox_messages WHERE processed_at IS NULL OR attempts > 0"));
    }

    [Fact]
    public async Task A_row_whose_name_no_event_carries_waits_with_the_reason()
    {
        await using var host = BorderHost.ForDatabase(database);
        await host.SendAsync(new RegisterApplicant("unknown@example.test", "a long river of words", "en", AcceptedTerms: true));
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>().Database;
        await db.ExecuteSqlRawAsync("UPDATE accounts.outbox_messages SET type = 'accounts.never-heard-of' WHERE type = 'accounts.applicant-registered'");

        Assert.Equal(2, await host.DispatchOutboxAsync());

        var error = await db.SqlQueryRaw<string>("SELECT last_error AS \"Value\" FROM accounts.outbox_messages WHERE processed_at IS NULL AND attempts = 1")
            .SingleAsync();
        Assert.Contains("No integration event is named 'accounts.never-heard-of'", error, StringComparison.Ordinal);
    }

    private static async Task<List<string>> TypesAsync(BorderHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<NotificationsDbContext>().Database
            .SqlQueryRaw<string>("SELECT type AS \"Value\" FROM accounts.outbox_messages").ToListAsync();
    }

    private static async Task<int> CountAsync(BorderHost host, string sql)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<NotificationsDbContext>().Database.SqlQueryRaw<int>(sql).SingleAsync();
    }

    private static async Task<List<Notification>> NotificationsAsync(BorderHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<NotificationsDbContext>().Notifications.AsNoTracking().ToListAsync();
    }

    /// <summary>ApplicantRegistered as a later release might call it: same name, same shape, another class.</summary>
    [IntegrationEvent("accounts.applicant-registered")]
    internal sealed record ApplicantSignedUp(Guid EventId, DateTimeOffset OccurredAt, Guid UserId, string Culture) : IIntegrationEvent;

    internal sealed class Received
    {
        public List<ApplicantSignedUp> Events { get; } = [];
    }

    internal sealed class RecordSignUp(Received received) : INotificationHandler<ApplicantSignedUp>
    {
        public Task Handle(ApplicantSignedUp notification, CancellationToken cancellationToken)
        {
            lock (received)
            {
                received.Events.Add(notification);
            }

            return Task.CompletedTask;
        }
    }
}
