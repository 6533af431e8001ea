using System.Text.Json;
using Border.Scheduling.Contracts;
using Border.Scheduling.Features.Allocation;
using Border.Scheduling.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Border.Scheduling.Tests.Allocation;

/// <summary>
/// Seats given back by expiry or cancellation go to the next draws while their date is at least two days away,
/// among the requests the draw's own date left over; the run records them and replays them.
/// </summary>
public sealed class ReleasedSeatsTests(SchedulingFixture fixture) : IClassFixture<SchedulingFixture>
{
    [Fact]
    public async Task A_run_fills_seats_released_on_earlier_dates_at_least_two_days_away_and_replays_them()
    {
        var date = new DateOnly(2027, 9, 20);
        var released = date.AddDays(-6);
        var tooClose = date.AddDays(-13);
        await fixture.ExecuteAsync("UPDATE scheduling.ports SET daily_capacity = 2, first_slot = '07:00', last_slot = '07:00', slot_minutes = 30 WHERE code = 'nogales'");
        foreach (var earlier in new[] { tooClose, released })
        {
            fixture.SetClockToDrawOf(earlier);
            await fixture.Host.SendAsync(new RunAllocation(earlier));
        }

        // One of the released date's two seats is taken; one offer there expired and one appointment was cancelled.
        await fixture.InsertAppointmentAsync("nogales", released, 1);
        await fixture.InsertAppointmentAsync("nogales", released, 1, status: "Expired");
        await fixture.InsertAppointmentAsync("nogales", released, 1, status: "Cancelled");
        var requests = new List<Guid>();
        for (var i = 0; i < 6; i++)
        {
            requests.Add(await fixture.InsertRequestAsync("nogales", date.AddDays(-15), 1, new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(i)));
        }

        fixture.SetClockToDrawOf(date);
        var result = await fixture.Host.SendAsync(new RunAllocation(date));

        var offers = await fixture.QueryAsync(db => db.Appointments.Where(a => a.AllocationRunId == result.RunId).ToListAsync());
        Assert.Equal(2, offers.Count(o => o.Date == date));
        Assert.Equal(1, offers.Count(o => o.Date == released));
        Assert.DoesNotContain(offers, o => o.Date == tooClose);
        Assert.Equal(3, offers.Select(o => o.RequestId).Distinct().Count());
        Assert.All(offers, o => Assert.Contains(o.RequestId, requests));
        var heldOnReleased = await fixture.QueryAsync(db => db.Appointments
            .Where(a => a.PortCode == "nogales" && a.Date == released && a.Status != AppointmentStatus.Expired && a.Status != AppointmentStatus.Cancelled)
            .SumAsync(a => a.PeopleCount));
        Assert.Equal(2, heldOnReleased);

        var run = await fixture.QueryAsync(db => db.AllocationRuns.SingleAsync(r => r.Id == result.RunId));
        var record = JsonSerializer.Deserialize<RunRecord>(run.Inputs, RunAllocationHandler.Json)!;
        Assert.Equal([released], record.Released.Select(r => r.Date));
        var figures = (await fixture.Host.SendAsync(new ListAllocationRuns())).Single(r => r.Id == run.Id).Ports.Single(p => p.PortCode == "nogales");
        Assert.Equal((1, 1), (figures.ReleasedSeats, figures.ReleasedPeople));

        var candidates = await fixture.QueryAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            return await Candidates.ReadAsync(db, date.AddDays(-15), decidedByRun: run.Id, CancellationToken.None);
        });
        var replayed = Replay.Port(run.Seed, date, record, "nogales", candidates["nogales"]).OrderBy(x => x.RequestId).ToList();
        Assert.Equal(replayed, offers.Select(o => (o.RequestId, o.Date, o.SlotStart.ToString("HH:mm"))).OrderBy(x => x.RequestId).ToList());
    }
}
