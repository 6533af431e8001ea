using Border.Scheduling.Contracts;
using Border.Scheduling.Data;
using Border.Scheduling.Tests.Support;
using Border.Testing;
using Mapster;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Border.Scheduling.Tests.Mappings;

/// <summary>The module's Mapster config: it compiles, and each projection reads the right columns into the right members.</summary>
public sealed class SchedulingMappingsTests(SchedulingFixture fixture) : IClassFixture<SchedulingFixture>
{
    private SchedulingMappings Mappings => fixture.Host.Services.GetRequiredService<SchedulingMappings>();

    [Fact]
    public void Every_mapping_compiles_for_objects_and_for_queries()
    {
        Assert.Null(Record.Exception(() =>
        {
            new SchedulingMappings().Compile();
            new SchedulingMappings().CompileProjection();
        }));
    }

    [Fact]
    public async Task Ports_are_projected_member_for_member_from_their_rows()
    {
        var ports = await fixture.Host.SendAsync(new ListPorts());
        var rows = await fixture.QueryAsync(db => db.Ports.AsNoTracking().OrderBy(p => p.SortOrder).ToListAsync());

        Assert.Equal(8, ports.Count);
        Assert.Equal(
            rows.Select(p => (p.Code, p.Name, p.UsState, p.TimeZone, p.DailyCapacity, p.FirstSlot, p.LastSlot, p.SlotMinutes)),
            ports.Select(p => (p.Code, p.Name, p.UsState, p.TimeZone, p.DailyCapacity, p.FirstSlot, p.LastSlot, p.SlotMinutes)));
    }

    [Fact]
    public async Task A_roster_entry_reads_six_columns_of_the_appointment_and_joins_nothing()
    {
        var day = new DateOnly(2026, 12, 9);
        await fixture.InsertAppointmentAsync("nogales", day, people: 3);

        var roster = await fixture.Host.SendAsync(new GetPortRoster("nogales", day));
        var sql = await fixture.QueryAsync(db => Task.FromResult(db.Appointments.ProjectToType<RosterEntry>(Mappings).ToQueryString()));

        var entry = Assert.Single(roster!.Entries);
        Assert.Equal((new TimeOnly(7, 0), 3, AppointmentStatus.Confirmed, false, (DateTimeOffset?)null), (entry.Slot, entry.People, entry.Status, entry.IdentityReview, entry.OutcomeAt));
        Assert.Equal(
            ["slot_start", "confirmation_number", "people_count", "status", "identity_review", "checked_in_at"],
            SqlShape.SelectedColumns(sql));
        Assert.Equal(0, SqlShape.Joins(sql));
    }
}
