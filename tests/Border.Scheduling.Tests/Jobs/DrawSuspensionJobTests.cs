using Border.Scheduling.Contracts;
using Border.Scheduling.Jobs;
using Border.Scheduling.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Border.Scheduling.Tests.Jobs;

/// <summary>While an admin has suspended the daily draw, its job skips with the reason; lifted, it runs; a supervisor's draw runs either way.</summary>
public sealed class DrawSuspensionJobTests(SchedulingFixture fixture) : IClassFixture<SchedulingFixture>
{
    private static readonly Guid Admin = Guid.CreateVersion7();

    [Fact]
    public async Task The_job_skips_while_the_draw_is_suspended_twice_over_and_runs_once_lifted()
    {
        var date = new DateOnly(2027, 1, 20);
        fixture.SetClockToDrawOf(date);
        await fixture.InsertRequestAsync("hidalgo", date.AddDays(-15), 1, fixture.Clock.GetUtcNow().AddYears(-1));
        Assert.True(await fixture.Host.SendAsync(new SuspendDraw(Admin, "Holiday closure.", "Cierre por feriado.")));

        var skipped = await RunJobAsync();
        var again = await RunJobAsync();

        Assert.Null(skipped.Run);
        Assert.Equal("Holiday closure.", skipped.SkippedBecause);
        Assert.Null(again.Run);
        Assert.Equal(0, await RunsAsync(date));

        Assert.True(await fixture.Host.SendAsync(new LiftDrawSuspension(Admin)));
        var ran = await RunJobAsync();

        Assert.Null(ran.SkippedBecause);
        Assert.False(ran.Run!.AlreadyRan);
        Assert.Equal(1, ran.Run.Requests);
        Assert.Equal(1, await RunsAsync(date));
        Assert.False(await fixture.Host.SendAsync(new LiftDrawSuspension(Admin)));
    }

    [Fact]
    public async Task A_supervisors_draw_by_hand_still_runs_while_the_daily_draw_is_suspended()
    {
        var date = new DateOnly(2027, 2, 20);
        fixture.SetClockToDrawOf(date);
        Assert.True(await fixture.Host.SendAsync(new SuspendDraw(Admin, "Holiday closure.", "Cierre por feriado.")));
        try
        {
            var run = await fixture.Host.SendAsync(new RunAllocation(date, StartedBy: Guid.CreateVersion7()));

            Assert.False(run.AlreadyRan);
            Assert.Equal(1, await RunsAsync(date));
        }
        finally
        {
            await fixture.Host.SendAsync(new LiftDrawSuspension(Admin));
        }
    }

    private async Task<AllocationJobOutcome> RunJobAsync()
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        return await ActivatorUtilities.CreateInstance<AllocationJob>(scope.ServiceProvider).RunAsync(CancellationToken.None);
    }

    private Task<int> RunsAsync(DateOnly date) =>
        fixture.QueryAsync(db => db.AllocationRuns.CountAsync(r => r.AppointmentDate == date));
}
