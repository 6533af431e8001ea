using Border.Accounts.Contracts;
using Border.Notifications.Contracts;
using Border.Notifications.Data;
using Border.Notifications.Tests.Email;
using Border.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Border.Notifications.Tests.PolicyUpdates;

public sealed class FanOutTests : IAsyncLifetime
{
    private EmailWorld world = null!;

    public async Task InitializeAsync() =>
        world = await EmailWorld.CreateAsync(settings: new Dictionary<string, string?> { ["PolicyUpdates:PageSize"] = "2" });

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task Publishing_returns_before_anyone_is_reached_then_every_applicant_is_reached_once()
    {
        var people = await RegisterAsync(5);

        var id = await world.Host.SendAsync(Update());

        var published = Assert.Single((await world.Host.SendAsync(new ListPolicyUpdates(1))).Items);
        Assert.Equal((id, 0, (DateTimeOffset?)null), (published.Id, published.Reached, published.CompletedAt));
        Assert.Empty(await PolicyNotificationsAsync());

        Assert.Equal(5, await world.Host.SendAsync(new FanOutPolicyUpdates()));
        Assert.Equal(0, await world.Host.SendAsync(new FanOutPolicyUpdates()));

        var reached = await PolicyNotificationsAsync();
        Assert.Equal(people.Order(), reached.Select(n => n.RecipientId).Order());
        Assert.All(reached, n => Assert.Equal(id, n.SourceEventId));
        var emails = await world.EmailsAsync();
        Assert.Equal(5, emails.Count(e => reached.Any(n => n.Id == e.Id) && e.Status == EmailStatus.Pending));
        var done = Assert.Single((await world.Host.SendAsync(new ListPolicyUpdates(1))).Items);
        Assert.Equal(5, done.Reached);
        Assert.NotNull(done.CompletedAt);
    }

    [Fact]
    public async Task Two_nodes_fanning_out_at_once_reach_each_applicant_once()
    {
        var people = await RegisterAsync(7);
        await world.Host.SendAsync(Update());
        await using var other = world.StartAnotherNode();

        var counts = await Task.WhenAll(
            world.Host.SendAsync(new FanOutPolicyUpdates()),
            other.SendAsync(new FanOutPolicyUpdates()));

        Assert.Equal(7, counts.Sum());
        Assert.Equal(people.Order(), (await PolicyNotificationsAsync()).Select(n => n.RecipientId).Order());
    }

    [Fact]
    public async Task A_fan_out_goes_on_after_the_last_person_an_earlier_run_committed()
    {
        var people = (await RegisterAsync(5)).Order().ToList();
        var id = await world.Host.SendAsync(Update());
        await using (var scope = world.Host.Services.CreateAsyncScope())
        {
            // As a run that committed its first page and died would leave it: the page's rows and the cursor together.
            var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
            foreach (var person in people.Take(2))
            {
                db.AddNotification(person, NotificationKinds.PolicyUpdate, id, world.Clock.GetUtcNow());
            }

            var update = await db.PolicyUpdates.SingleAsync(p => p.Id == id);
            update.FanoutAfter = people[1];
            update.Reached = 2;
            await db.SaveChangesAsync();
        }

        await world.RestartAsync();

        Assert.Equal(3, await world.Host.SendAsync(new FanOutPolicyUpdates()));
        Assert.Equal(people, (await PolicyNotificationsAsync()).Select(n => n.RecipientId).Order());
        Assert.Equal(5, Assert.Single((await world.Host.SendAsync(new ListPolicyUpdates(1))).Items).Reached);
    }

    [Fact]
    public async Task Staff_accounts_are_not_applicants_and_are_not_reached()
    {
        await world.Host.SendAsync(new SeedDemoAccounts());
        var applicant = await TestAccounts.IdOfAsync(world.Host.Services, "applicant@border.test");
        await world.Host.SendAsync(Update());

        Assert.Equal(1, await world.Host.SendAsync(new FanOutPolicyUpdates()));

        Assert.Equal(applicant, Assert.Single(await PolicyNotificationsAsync()).RecipientId);
    }

    [Fact]
    public async Task An_update_for_chosen_ports_reaches_only_the_applicants_with_business_there()
    {
        var people = await RegisterAsync(5);
        await BusinessAsync("INSERT INTO scheduling.appointment_requests (id, reference, applicant_id, port_code, window_date, requested_at, registered_at, traveller_count, traveller_ids, current_state, location_checked, status) VALUES ($1, $2, $3, $4, '2026-11-24', now(), now(), 1, ARRAY[$3]::uuid[], 'CHH', false, $5)",
            (people[0], "nogales", "Pending"), (people[1], "el-paso", "Pending"), (people[2], "nogales", "Withdrawn"));
        await BusinessAsync("INSERT INTO scheduling.appointments (id, request_id, applicant_id, allocation_run_id, port_code, date, slot_start, time_zone, slot_starts_at, people_count, traveller_ids, status, offered_at, deadline, identity_review) VALUES ($1, $2, $3, $2, $4, '2026-12-08', '07:00', 'America/Chicago', now(), 1, ARRAY[$3]::uuid[], $5, now(), now(), false)",
            (people[3], "laredo", "Confirmed"), (people[4], "laredo", "Expired"));

        await world.Host.SendAsync(Update() with { Ports = ["nogales", "laredo"] });
        await world.Host.SendAsync(new FanOutPolicyUpdates());

        Assert.Equal(new[] { people[0], people[3] }.Order(), (await PolicyNotificationsAsync()).Select(n => n.RecipientId).Order());
        var listed = Assert.Single((await world.Host.SendAsync(new ListPolicyUpdates(1))).Items);
        Assert.Equal(["laredo", "nogales"], listed.Ports!);
        Assert.Equal(2, listed.Reached);
    }

    [Fact]
    public async Task Chosen_ports_must_be_ports_and_at_least_one()
    {
        var none = await Assert.ThrowsAsync<Border.Shared.Validation.RequestValidationException>(() => world.Host.SendAsync(Update() with { Ports = [] }));
        var unknown = await Assert.ThrowsAsync<Border.Shared.Validation.RequestValidationException>(() => world.Host.SendAsync(Update() with { Ports = ["atlantis"] }));

        Assert.Equal(("Ports", "Choose at least one port, or send it to everyone."), (none.Failures[0].Field, none.Failures[0].Message));
        Assert.Equal(("Ports", "Choose the ports from the list."), (unknown.Failures[0].Field, unknown.Failures[0].Message));
        Assert.Empty((await world.Host.SendAsync(new ListPolicyUpdates(1))).Items);
    }

    private async Task BusinessAsync(string sql, params (Guid Applicant, string Port, string Status)[] rows)
    {
        await using var connection = new Npgsql.NpgsqlConnection(TestDatabases.ConnectionStringFor(world.Database));
        await connection.OpenAsync();
        foreach (var (applicant, port, status) in rows)
        {
            await using var command = new Npgsql.NpgsqlCommand(sql, connection);
            var id = Guid.CreateVersion7();
            foreach (var value in new object[] { id, sql.Contains("reference", StringComparison.Ordinal) ? $"T-{id.ToString()[^12..]}" : Guid.CreateVersion7(), applicant, port, status })
            {
                command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = value });
            }

            await command.ExecuteNonQueryAsync();
        }
    }

    private static PublishPolicyUpdate Update() =>
        new(Guid.NewGuid(), "New opening hours", "Six in the morning.", "Nuevo horario", "A las seis de la mañana.");

    private async Task<List<Guid>> RegisterAsync(int count)
    {
        var people = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            people.Add(await world.RegisterAsync($"person{i}@example.test", i % 2 == 0 ? "en" : "es"));
        }

        return people;
    }

    private async Task<List<Notification>> PolicyNotificationsAsync()
    {
        await using var scope = world.Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<NotificationsDbContext>().Notifications.AsNoTracking()
            .Where(n => n.Kind == NotificationKinds.PolicyUpdate).ToListAsync();
    }
}
