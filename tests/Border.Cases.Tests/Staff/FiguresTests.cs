using Border.Cases.Contracts;
using Border.Cases.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Border.Cases.Tests.Staff;

public sealed class FiguresTests(CasesFixture world) : IClassFixture<CasesFixture>
{
    private static readonly DateTimeOffset Start = CasesFixture.Start;

    [Fact]
    public async Task Figures_count_states_name_the_oldest_waiting_and_take_the_median_of_the_last_thirty_days_per_port()
    {
        world.SetClock(Start.AddDays(-40));
        var old = await world.SubmittedAsync();
        world.SetClock(Start.AddDays(-35));
        await DecideAsync(old.Case, DecisionOutcome.Approved);

        world.SetClock(Start.AddDays(-1));
        var waiting = await world.SubmittedAsync();
        world.SetClock(Start);
        var atPort = await world.SubmittedAsync();
        var anyPort = await world.SubmittedAsync();
        await world.QueryAsync(db => db.Database.ExecuteSqlAsync($"UPDATE cases.cases SET port_code = 'XX1' WHERE id = {atPort.Case}"));
        world.SetClock(Start.AddDays(2));
        await DecideAsync(atPort.Case, DecisionOutcome.Approved);
        world.SetClock(Start.AddDays(4));
        await DecideAsync(anyPort.Case, DecisionOutcome.Denied);

        var figures = await world.Host.SendAsync(new GetCaseFigures(Guid.CreateVersion7()));

        Assert.Equal(Start.AddDays(4), figures.At);
        var all = figures.All;
        Assert.Equal("Approved=2 Denied=1 Submitted=1", States(all));
        Assert.Equal((waiting.Receipt.Receipt, (DateTimeOffset?)Start.AddDays(-1)), (all.OldestWaitingReceipt, all.OldestWaitingSince));
        Assert.Equal((3.0, 2), (all.MedianDaysToDecision!.Value, all.DecidedInPeriod));

        Assert.Equal(["XX1", null], figures.Ports.Select(p => p.Port));
        var port = figures.Ports[0];
        Assert.Equal("Approved=1", States(port));
        Assert.Equal(((DateTimeOffset?)null, 2.0, 1), (port.OldestWaitingSince, port.MedianDaysToDecision!.Value, port.DecidedInPeriod));
        var none = figures.Ports[1];
        Assert.Equal("Approved=1 Denied=1 Submitted=1", States(none));
        Assert.Equal((waiting.Receipt.Receipt, 4.0, 1), (none.OldestWaitingReceipt, none.MedianDaysToDecision!.Value, none.DecidedInPeriod));
        world.SetClock(Start);
    }

    private static string States(PortFigures figures) =>
        string.Join(' ', figures.ByState.Select(s => $"{s.Key}={s.Value}").Order(StringComparer.Ordinal));

    private async Task DecideAsync(Guid id, DecisionOutcome outcome)
    {
        var (officer, version) = await world.ClaimedAsync(id);
        foreach (var hit in (await world.Host.SendAsync(new ViewCase(officer, id)))!.Checks.Where(c => c.Hit))
        {
            Assert.True(await world.Host.SendAsync(new ResolveCheck(officer, id, hit.Id, "Checked by hand")));
            version = await world.VersionAsync(officer, id);
        }

        Assert.True(await world.Host.SendAsync(new DecideCase(officer, id, version, outcome, outcome == DecisionOutcome.Denied ? ["identity-unverified"] : [], null)));
    }
}
