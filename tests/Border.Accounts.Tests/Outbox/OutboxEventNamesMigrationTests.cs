using Border.Accounts.Contracts;
using Border.Accounts.Data;
using Border.Notifications.Contracts;
using Border.Shared.Outbox;
using Border.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace Border.Accounts.Tests.Outbox;

/// <summary>Rows written before events had stable names carry class names; the migration renames them so they are still delivered.</summary>
public sealed class OutboxEventNamesMigrationTests : IAsyncLifetime
{
    private string database = string.Empty;

    public async Task InitializeAsync() => database = await TestDatabases.CreateAsync();

    public Task DisposeAsync() => TestDatabases.DropAsync(database);

    [Fact]
    public async Task Rows_stored_under_assembly_qualified_class_names_are_renamed_by_the_migration_and_delivered()
    {
        await using var host = BorderHost.ForDatabase(database);
        await host.SendAsync(new RegisterApplicant("waiting@example.test", "a long river of words", "en", AcceptedTerms: true));
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
        Type[] written = [typeof(ApplicantRegistered), typeof(NotificationRequested)];
        foreach (var type in written)
        {
            // Exactly what the outbox stored before the names came in.
            await db.Database.ExecuteSqlAsync(
                $"UPDATE accounts.outbox_messages SET type = {type.AssemblyQualifiedName} WHERE type = {IntegrationEventRegistry.NameOf(type)}");
        }

        Assert.Equal(written.Select(t => t.AssemblyQualifiedName).Order(), (await TypesAsync(db)).Order());
        var migrations = db.Database.GetMigrations().ToList();
        var naming = migrations.FindIndex(m => m.EndsWith("_OutboxEventNames", StringComparison.Ordinal));
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(migrations[naming - 1]);
        // Forward through the naming migration to the latest, as a deployment does: the code below reads the latest schema.
        await migrator.MigrateAsync();

        Assert.Equal(written.Select(IntegrationEventRegistry.NameOf).Order(), (await TypesAsync(db)).Order());
        Assert.Equal(2, await host.DispatchOutboxAsync());
        Assert.Equal(0, await db.Database.SqlQueryRaw<int>(
            "SELECT count(*)::int AS \"Value\" FROM accounts.outbox_messages WHERE processed_at IS NULL OR attempts > 0").SingleAsync());
        var user = await db.Users.SingleAsync(u => u.Email == "waiting@example.test");
        // The welcome is the inbox item ApplicantRegistered makes; the confirmation request was delivered above.
        Assert.Single((await host.SendAsync(new ListNotifications(user.Id, 1))).Items);
    }

    [Fact]
    public async Task Undoing_the_migration_gives_rows_class_names_that_the_code_before_it_resolved()
    {
        await using var host = BorderHost.ForDatabase(database);
        await host.SendAsync(new RegisterApplicant("undo@example.test", "a long river of words", "en", AcceptedTerms: true));
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
        var migrations = db.Database.GetMigrations().ToList();
        var naming = migrations.FindIndex(m => m.EndsWith("_OutboxEventNames", StringComparison.Ordinal));

        await db.GetService<IMigrator>().MigrateAsync(migrations[naming - 1]);

        var types = await TypesAsync(db);
        Assert.Equal(2, types.Count);
        Assert.All(types, name => Assert.True(Type.GetType(name) is { } type && typeof(Shared.Messaging.IIntegrationEvent).IsAssignableFrom(type), name));
    }

    private static Task<List<string>> TypesAsync(AccountsDbContext db) =>
        db.Database.SqlQueryRaw<string>("SELECT type AS \"Value\" FROM accounts.outbox_messages").ToListAsync();
}
