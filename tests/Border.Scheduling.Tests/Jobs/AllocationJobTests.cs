using Border.Scheduling.Contracts;
using Border.Scheduling.Data;
using Border.Scheduling.Jobs;
using Border.Scheduling.Rules;
using Border.Scheduling.Tests.Support;
using Border.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Border.Scheduling.Tests.Jobs;

/// <summary>The daily job picks the date from US Eastern time; a second fire, or a run racing the expiry job, gives nothing twice.</summary>
public sealed class AllocationJobTests(SchedulingFixture fixture) : IClassFixture<SchedulingFixture>
{
    [Theory]
    [InlineData("2026-11-24T17:00:00Z", "2026-12-08")] // noon EST
    [InlineData("2026-11-25T03:30:00Z", "2026-12-08")] // 22:30 EST on the 24th: already the 25th in UTC
    [InlineData("2026-07-01T16:00:00Z", "2026-07-15")] // noon EDT
    public void The_job_fills_the_date_fourteen_days_after_today_in_Eastern_time(string now, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), AllocationJob.AppointmentDate(new RequestWindowOptions { TimeZone = "America/New_York" }.Today(DateTimeOffset.Parse(now)), 14));

    [Fact]
    public async Task A_second_fire_of_the_job_allocates_nothing_new()
    {
        fixture.SetClock(new DateTimeOffset(2026, 11, 24, 17, 0, 0, TimeSpan.Zero));
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var job = ActivatorUtilities.CreateInstance<AllocationJob>(scope.ServiceProvider);

        var first = await job.RunAsync(CancellationToken.None);
        var second = await job.RunAsync(CancellationToken.None);

        Assert.False(first.Run!.AlreadyRan);
        Assert.True(second.Run!.AlreadyRan);
        Assert.Equal(first.Run.RunId, second.Run.RunId);
        var runs = await fixture.QueryAsync(db => db.AllocationRuns.Where(r => r.AppointmentDate == new DateOnly(2026, 12, 8)).CountAsync());
        Assert.Equal(1, runs);
    }

    [Fact]
    public async Task A_run_concurrent_with_the_expiry_job_never_puts_more_people_in_a_slot_or_a_day_than_its_capacity()
    {
        var now = new DateTimeOffset(2026, 11, 24, 17, 0, 0, TimeSpan.Zero);
        fixture.SetClock(now);
        await JobRows.ExecuteAsync(fixture, "UPDATE scheduling.ports SET daily_capacity = 8, first_slot = '07:00', last_slot = '07:30', slot_minutes = 30 WHERE code = 'hidalgo'");
        for (var round = 0; round < 6; round++)
        {
            var date = new DateOnly(2027, 4, 1).AddDays(round);
            // The day is full of offers now overdue; the expiry job releases them while the run reads what is held.
            foreach (var slot in new[] { "07:00", "07:30" })
            {
                await JobRows.InsertOfferAsync(fixture, "hidalgo", date, 2, now.AddMinutes(-1), slot: slot);
                await JobRows.InsertOfferAsync(fixture, "hidalgo", date, 2, now.AddMinutes(-1), slot: slot);
            }

            for (var i = 0; i < 12; i++)
            {
                await JobRows.InsertRequestAsync(fixture, "hidalgo", date.AddDays(-15), 1 + (i % 3));
            }

            await AtOnce.RunAsync<object>([
                async () => await fixture.Host.SendAsync(new RunAllocation(date)),
                async () => await fixture.Host.SendAsync(new ExpireOffers()),
            ]);

            var held = await fixture.QueryAsync(db => db.Appointments
                .Where(a => a.PortCode == "hidalgo" && a.Date == date).Where(AppointmentRules.HoldsSeats(now))
                .GroupBy(a => a.SlotStart).Select(g => g.Sum(a => a.PeopleCount)).ToListAsync());
            Assert.All(held, people => Assert.True(people <= 4, $"{people} people in a 4-seat slot on {date}"));
            Assert.True(held.Sum() <= 8);
        }
    }
}
