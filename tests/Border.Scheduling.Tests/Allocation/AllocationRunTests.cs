using System.Text.Json;
using Border.Notifications.Contracts;
using Border.Scheduling.Contracts;
using Border.Scheduling.Data;
using Border.Scheduling.Features.Allocation;
using Border.Scheduling.Tests.Support;
using Border.Shared.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Border.Scheduling.Tests.Allocation;

/// <summary>The daily draw on real PostgreSQL: one transaction, once per date, every seat accounted for, replayable.</summary>
public sealed class AllocationRunTests(SchedulingFixture fixture) : IClassFixture<SchedulingFixture>
{
    private static readonly DateTimeOffset RegisteredLongAgo = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_run_fills_each_slot_to_its_room_keeps_groups_whole_and_decides_every_request()
    {
        var date = new DateOnly(2027, 1, 10);
        fixture.SetClockToDrawOf(date);
        var window = date.AddDays(-15);
        await SetPortAsync("nogales", capacity: 20, first: "07:00", last: "08:00");
        var requests = new List<Guid>();
        for (var i = 0; i < 30; i++)
        {
            requests.Add(await InsertRequestAsync("nogales", window, people: 1 + (i % 4), RegisteredLongAgo.AddDays(i)));
        }

        var result = await fixture.Host.SendAsync(new RunAllocation(date));

        Assert.False(result.AlreadyRan);
        var offers = await fixture.QueryAsync(db => db.Appointments.Where(a => a.AllocationRunId == result.RunId).ToListAsync());
        Assert.Equal(result.Offers, offers.Count);
        Assert.All(offers.GroupBy(o => o.SlotStart), slot => Assert.True(slot.Sum(o => o.PeopleCount) <= 7));
        Assert.InRange(offers.Sum(o => o.PeopleCount), 17, 20);
        Assert.All(offers, o => Assert.Equal(o.PeopleCount, o.TravellerIds.Length));
        Assert.All(offers, o => Assert.Equal(fixture.Clock.GetUtcNow().AddHours(23), o.Deadline));
        Assert.All(offers, o => Assert.Equal(AppointmentStatus.Offered, o.Status));

        // The draw closes what it selects; the passed-over job closes the rest.
        var statuses = await fixture.QueryAsync(db => db.Requests.Where(r => requests.Contains(r.Id)).Select(r => r.Status).ToListAsync());
        Assert.Equal(offers.Count, statuses.Count(s => s == RequestStatus.Selected));
        Assert.Equal(30 - offers.Count, statuses.Count(s => s == RequestStatus.Pending));
        await fixture.Host.SendAsync(new ClosePassedOverRequests());
        statuses = await fixture.QueryAsync(db => db.Requests.Where(r => requests.Contains(r.Id)).Select(r => r.Status).ToListAsync());
        Assert.Equal(offers.Count, statuses.Count(s => s == RequestStatus.Selected));
        Assert.Equal(30 - offers.Count, statuses.Count(s => s == RequestStatus.NotSelected));

        // The ten seats of the longest-waiting share went to the first registrations that fit in them.
        var run = await fixture.QueryAsync(db => db.AllocationRuns.SingleAsync(r => r.Id == result.RunId));
        var counts = JsonDocument.Parse(run.Counts!).RootElement.GetProperty("nogales");
        Assert.Equal(10, counts.GetProperty("longestWaitingPeople").GetInt32());
        Assert.Equal(30, counts.GetProperty("requests").GetInt32());
        Assert.NotNull(run.FinishedAt);

        // Everyone offered is told once, in one notice per slot that names that slot.
        var events = await fixture.QueryAsync(db => db.Set<OutboxMessage>().Where(m => m.Type == IntegrationEventRegistry.NameOf<NotificationsRequested>()).ToListAsync());
        var applicants = offers.Select(o => o.ApplicantId).ToHashSet();
        var offered = events.Select(m => JsonSerializer.Deserialize<NotificationsRequested>(m.Payload)!)
            .Where(n => n.Kind == NotificationKinds.AppointmentOffered && n.RecipientIds.Any(applicants.Contains)).ToList();
        Assert.Equal(offers.Select(o => o.SlotStart).Distinct().Count(), offered.Count);
        Assert.All(offers, o => Assert.Single(offered, n => n.RecipientIds.Contains(o.ApplicantId)
            && n.Arguments["slot"].At == o.SlotStartsAt));
    }

    [Fact]
    public async Task A_second_run_for_the_same_date_allocates_nothing_new()
    {
        var date = new DateOnly(2027, 2, 10);
        fixture.SetClockToDrawOf(date);
        await SetPortAsync("laredo", capacity: 4, first: "07:00", last: "07:00");
        await InsertRequestAsync("laredo", date.AddDays(-15), 2, RegisteredLongAgo);
        var first = await fixture.Host.SendAsync(new RunAllocation(date));
        await InsertRequestAsync("laredo", date.AddDays(-15), 2, RegisteredLongAgo);

        var second = await fixture.Host.SendAsync(new RunAllocation(date));

        Assert.True(second.AlreadyRan);
        Assert.Equal(first.RunId, second.RunId);
        Assert.Equal(1, await fixture.QueryAsync(db => db.Appointments.CountAsync(a => a.Date == date)));
    }

    [Fact]
    public async Task Seats_already_held_and_closed_ports_are_not_given_again()
    {
        var date = new DateOnly(2027, 3, 10);
        fixture.SetClockToDrawOf(date);
        var window = date.AddDays(-15);
        await SetPortAsync("hidalgo", capacity: 6, first: "07:00", last: "07:00");
        await SetPortAsync("calexico", capacity: 6, first: "07:00", last: "07:00");
        await fixture.InsertAppointmentAsync("hidalgo", date, 4);
        await ExecuteAsync($"INSERT INTO scheduling.port_days (port_code, date, closed, closed_reason, changed_at, changed_by) VALUES ('calexico', '{date:yyyy-MM-dd}', true, 'Flooding', now(), '{Guid.Empty}')");
        for (var i = 0; i < 5; i++)
        {
            await InsertRequestAsync("hidalgo", window, 1, RegisteredLongAgo.AddDays(i));
            await InsertRequestAsync("calexico", window, 1, RegisteredLongAgo.AddDays(i));
        }

        var result = await fixture.Host.SendAsync(new RunAllocation(date));

        var offers = await fixture.QueryAsync(db => db.Appointments.Where(a => a.AllocationRunId == result.RunId).ToListAsync());
        Assert.Equal(2, offers.Count(o => o.PortCode == "hidalgo"));
        Assert.DoesNotContain(offers, o => o.PortCode == "calexico");
        Assert.Equal(10, result.Requests);
    }

    [Fact]
    public async Task Replaying_a_run_from_its_record_gives_exactly_the_same_offers()
    {
        var date = new DateOnly(2027, 4, 10);
        fixture.SetClockToDrawOf(date);
        var window = date.AddDays(-15);
        await SetPortAsync("el-paso", capacity: 40, first: "07:00", last: "09:00");
        await SetPortAsync("san-ysidro", capacity: 25, first: "07:00", last: "08:30");
        var random = new Random(11);
        for (var i = 0; i < 120; i++)
        {
            await InsertRequestAsync(i % 2 == 0 ? "el-paso" : "san-ysidro", window, random.Next(1, 6), RegisteredLongAgo.AddHours(random.Next(0, 5000)));
        }

        var result = await fixture.Host.SendAsync(new RunAllocation(date));

        var run = await fixture.QueryAsync(db => db.AllocationRuns.SingleAsync(r => r.Id == result.RunId));
        var record = JsonSerializer.Deserialize<RunRecord>(run.Inputs, RunAllocationHandler.Json)!;
        var replayed = await fixture.QueryAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            return await Candidates.ReadAsync(db, window, decidedByRun: run.Id, CancellationToken.None);
        });
        var expected = replayed.SelectMany(port => Replay.Port(run.Seed, run.AppointmentDate, record, port.Key, port.Value)).OrderBy(x => x.RequestId).ToList();
        var actual = (await fixture.QueryAsync(db => db.Appointments.Where(a => a.AllocationRunId == run.Id).ToListAsync()))
            .Select(a => (a.RequestId, a.Date, Slot: a.SlotStart.ToString("HH:mm"))).OrderBy(x => x.RequestId).ToList();
        Assert.NotEmpty(actual);
        Assert.Equal(expected, actual);
    }

    private Task SetPortAsync(string code, int capacity, string first, string last) =>
        ExecuteAsync($"UPDATE scheduling.ports SET daily_capacity = {capacity}, first_slot = '{first}', last_slot = '{last}', slot_minutes = 30 WHERE code = '{code}'");

    private Task<Guid> InsertRequestAsync(string port, DateOnly window, int people, DateTimeOffset registeredAt) =>
        fixture.InsertRequestAsync(port, window, people, registeredAt);

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = await fixture.Host.Services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
