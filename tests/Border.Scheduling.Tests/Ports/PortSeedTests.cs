using Border.Scheduling.Contracts;
using Border.Scheduling.Tests.Support;

namespace Border.Scheduling.Tests.Ports;

public sealed class PortSeedTests(SchedulingFixture fixture) : IClassFixture<SchedulingFixture>
{
    [Fact]
    public async Task The_eight_ports_share_1450_people_a_day_each_in_its_own_time_zone()
    {
        var ports = await fixture.Host.SendAsync(new ListPorts());

        Assert.Equal(1_450, ports.Sum(p => p.DailyCapacity));
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["Nogales"] = "America/Phoenix",
                ["Brownsville"] = "America/Chicago",
                ["Hidalgo"] = "America/Chicago",
                ["Laredo"] = "America/Chicago",
                ["Eagle Pass"] = "America/Chicago",
                ["El Paso"] = "America/Denver",
                ["Calexico"] = "America/Los_Angeles",
                ["San Ysidro"] = "America/Los_Angeles",
            }.OrderBy(p => p.Key),
            ports.ToDictionary(p => p.Name, p => p.TimeZone).OrderBy(p => p.Key));
        Assert.All(ports, p => Assert.Equal(new SlotPlan(new(7, 0), new(15, 0), 30), p.Plan));
    }

    [Fact]
    public void Slots_run_every_30_minutes_from_7_to_15_and_share_the_day_with_the_remainder_in_the_first_slots()
    {
        var plan = new SlotPlan(new(7, 0), new(15, 0), 30);

        Assert.Equal(17, plan.Count);
        Assert.Equal(new TimeOnly(7, 30), plan.Starts()[1]);
        Assert.Equal(new TimeOnly(15, 0), plan.Starts()[^1]);
        var seats = plan.SeatsPerSlot(300);
        Assert.Equal(300, seats.Sum());
        Assert.Equal([.. Enumerable.Repeat(18, 11), .. Enumerable.Repeat(17, 6)], seats);
    }

    [Fact]
    public void A_last_slot_between_steps_is_not_a_slot()
    {
        var plan = new SlotPlan(new(8, 0), new(9, 10), 20);

        Assert.Equal([new(8, 0), new(8, 20), new(8, 40), new(9, 0)], plan.Starts());
        Assert.Equal(4, plan.Count);
    }
}
