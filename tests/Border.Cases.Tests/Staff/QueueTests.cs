using Border.Cases.Contracts;
using Border.Cases.Tests.Support;

namespace Border.Cases.Tests.Staff;

public sealed class QueueTests(CasesFixture world) : IClassFixture<CasesFixture>
{
    [Fact]
    public async Task The_queue_lists_the_soonest_appointment_first_then_the_longest_waiting_and_pages_on_from_a_position()
    {
        var first = await world.SubmittedAsync();
        world.SetClock(CasesFixture.Start.AddHours(1));
        var second = await world.SubmittedAsync();
        world.SetClock(CasesFixture.Start.AddHours(2));
        var withAppointment = await world.SubmittedAsync();
        world.SetClock(CasesFixture.Start);
        var slot = new DateTimeOffset(2026, 12, 8, 15, 0, 0, TimeSpan.Zero);
        await world.CountAsync("WITH u AS (UPDATE cases.cases SET appointment_at = $1, queue_at = $1, port_code = 'SY' WHERE id = $2 RETURNING 1) SELECT count(*) FROM u", slot, withAppointment.Case);
        var officer = Guid.CreateVersion7();

        var page = await world.Host.SendAsync(new ListCaseQueue(officer, new CaseQueueFilter()));
        Assert.Equal([withAppointment.Case, first.Case, second.Case], page.Cases.Select(c => c.Id));
        Assert.Null(page.Next);

        var after = await world.Host.SendAsync(new ListCaseQueue(officer, new CaseQueueFilter(), page.Cases[1].Position));
        Assert.Equal([second.Case], after.Cases.Select(c => c.Id));
        Assert.Equal([withAppointment.Case], (await world.Host.SendAsync(new ListCaseQueue(officer, new CaseQueueFilter(Port: "SY")))).Cases.Select(c => c.Id));
        Assert.Equal([first.Case, second.Case], (await world.Host.SendAsync(new ListCaseQueue(officer, new CaseQueueFilter(AnyPort: true)))).Cases.Select(c => c.Id));

        Assert.True(await world.Host.SendAsync(new ClaimCase(officer, first.Case)));
        Assert.DoesNotContain(first.Case, (await world.Host.SendAsync(new ListCaseQueue(officer, new CaseQueueFilter()))).Cases.Select(c => c.Id));
    }
}
