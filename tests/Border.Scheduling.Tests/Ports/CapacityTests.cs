using System.Text.Json;
using Border.Scheduling.Contracts;
using Border.Scheduling.Tests.Support;
using Border.Shared.Audit;
using Border.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Border.Scheduling.Tests.Ports;

public sealed class CapacityTests(SchedulingFixture fixture) : IClassFixture<SchedulingFixture>
{
    private static readonly Guid Supervisor = Guid.CreateVersion7();
    private static readonly DateOnly Day = new(2026, 12, 8);

    private Task<T> Send<T>(MediatR.IRequest<T> request) => fixture.Host.SendAsync(request);

    private async Task<PortSummary> PortAsync(string code) => (await Send(new GetPort(code)))!.Port;

    private Task<List<AuditEntry>> AuditAsync(string action) =>
        fixture.QueryAsync(db => db.Set<AuditEntry>().Where(a => a.Action == action).OrderBy(a => a.OccurredAt).ThenBy(a => a.Id).ToListAsync());

    [Fact]
    public async Task A_supervisor_changes_a_ports_default_day_and_the_audit_log_keeps_before_and_after()
    {
        fixture.SetClock(SchedulingFixture.InWindow);

        await Send(new ChangePortCapacity(Supervisor, "calexico", 160, new(8, 0), new(14, 0), 20));

        var port = await PortAsync("calexico");
        Assert.Equal((160, new TimeOnly(8, 0), new TimeOnly(14, 0), 20), (port.DailyCapacity, port.FirstSlot, port.LastSlot, port.SlotMinutes));
        var entry = Assert.Single(await AuditAsync(SchedulingAuditActions.CapacityChanged), a => a.Before!.Contains("calexico", StringComparison.Ordinal));
        Assert.Equal(Supervisor, entry.ActorId);
        Assert.Equal(125, JsonDocument.Parse(entry.Before!).RootElement.GetProperty("dailyCapacity").GetInt32());
        Assert.Equal("07:00", JsonDocument.Parse(entry.Before!).RootElement.GetProperty("firstSlot").GetString());
        Assert.Equal(160, JsonDocument.Parse(entry.After!).RootElement.GetProperty("dailyCapacity").GetInt32());
        Assert.Equal(20, JsonDocument.Parse(entry.After!).RootElement.GetProperty("slotMinutes").GetInt32());
    }

    [Fact]
    public async Task Lowering_the_default_below_the_people_confirmed_on_a_coming_date_is_refused_by_the_field()
    {
        fixture.SetClock(SchedulingFixture.InWindow);
        await fixture.InsertAppointmentAsync("laredo", Day, 4);
        await fixture.InsertAppointmentAsync("laredo", Day, 3);
        await fixture.InsertAppointmentAsync("laredo", Day, 5, status: "Expired");

        var (field, message) = await Refusals.InEnglish(() => Refusals.OneOf(() => Send(new ChangePortCapacity(Supervisor, "laredo", 6, new(7, 0), new(15, 0), 30))));

        Assert.Equal(nameof(ChangePortCapacity.DailyCapacity), field);
        Assert.Equal("People already confirmed at Laredo on Tuesday, December 8, 2026: 7. The daily capacity cannot be lower than that.", message);
        Assert.Equal(200, (await PortAsync("laredo")).DailyCapacity);

        await Send(new ChangePortCapacity(Supervisor, "laredo", 7, new(7, 0), new(15, 0), 30));
        Assert.Equal(7, (await PortAsync("laredo")).DailyCapacity);
    }

    [Fact]
    public async Task People_confirmed_on_a_past_date_or_a_date_with_its_own_capacity_do_not_hold_the_default_up()
    {
        fixture.SetClock(SchedulingFixture.InWindow);
        await fixture.InsertAppointmentAsync("hidalgo", new DateOnly(2026, 11, 20), 8);
        await Send(new SetPortDate(Supervisor, "hidalgo", Day, 50, false, null));
        await fixture.InsertAppointmentAsync("hidalgo", Day, 8);

        await Send(new ChangePortCapacity(Supervisor, "hidalgo", 2, new(7, 0), new(15, 0), 30));

        Assert.Equal(2, (await PortAsync("hidalgo")).DailyCapacity);
    }

    [Fact]
    public async Task A_dates_own_capacity_below_the_people_confirmed_that_day_is_refused_in_spanish_too()
    {
        fixture.SetClock(SchedulingFixture.InWindow);
        await fixture.InsertAppointmentAsync("eagle-pass", Day, 6);

        var (field, message) = await Refusals.InSpanish(() => Refusals.OneOf(() => Send(new SetPortDate(Supervisor, "eagle-pass", Day, 5, false, null))));

        Assert.Equal(nameof(SetPortDate.Capacity), field);
        Assert.Equal("Personas ya confirmadas en Eagle Pass el martes, 8 de diciembre de 2026: 6. La capacidad de ese día no puede ser menor.", message);
        var closing = await Refusals.OneOf(() => Send(new SetPortDate(Supervisor, "eagle-pass", Day, null, true, "Flooding")));
        Assert.Equal(nameof(SetPortDate.Closed), closing.Field);
        Assert.Empty((await Send(new GetPort("eagle-pass")))!.Days);
    }

    [Fact]
    public async Task Closing_a_date_needs_a_reason_and_is_audited_then_clearing_it_reopens_the_date()
    {
        fixture.SetClock(SchedulingFixture.InWindow);
        var day = new DateOnly(2026, 12, 10);

        var missing = await Refusals.OneOf(() => Send(new SetPortDate(Supervisor, "nogales", day, null, true, "  ")));
        Assert.Equal(("Reason", "Say why the port is closed that day. Applicants read it."), missing);

        await Send(new SetPortDate(Supervisor, "nogales", day, null, true, "Road works at the crossing."));
        var closed = Assert.Single((await Send(new GetPort("nogales")))!.Days);
        Assert.Equal(new PortDayView(day, null, true, "Road works at the crossing.", 0), closed);

        Assert.True(await Send(new ClearPortDate(Supervisor, "nogales", day)));
        Assert.Empty((await Send(new GetPort("nogales")))!.Days);
        Assert.False(await Send(new ClearPortDate(Supervisor, "nogales", day)));

        var changed = Assert.Single(await AuditAsync(SchedulingAuditActions.DateChanged), a => a.After!.Contains("nogales", StringComparison.Ordinal));
        Assert.Null(changed.Before);
        Assert.Equal("Road works at the crossing.", JsonDocument.Parse(changed.After!).RootElement.GetProperty("reason").GetString());
        var cleared = Assert.Single(await AuditAsync(SchedulingAuditActions.DateCleared), a => a.Before!.Contains("nogales", StringComparison.Ordinal));
        Assert.Null(cleared.After);
    }

    [Fact]
    public async Task A_past_date_cannot_be_changed_and_the_form_says_what_is_missing()
    {
        fixture.SetClock(SchedulingFixture.InWindow);

        var past = await Refusals.OneOf(() => Send(new SetPortDate(Supervisor, "el-paso", new DateOnly(2026, 11, 23), 10, false, null)));
        var empty = await Refusals.Of(() => Send(new ChangePortCapacity(Supervisor, "el-paso", null, null, new(6, 0), 0)));
        var backwards = await Refusals.OneOf(() => Send(new ChangePortCapacity(Supervisor, "el-paso", 10, new(9, 0), new(8, 0), 30)));

        Assert.Equal(("Date", "Choose today or a later date."), past);
        Assert.Equal(["DailyCapacity", "FirstSlot", "SlotMinutes"], empty.Select(f => f.Field));
        Assert.Equal(("LastSlot", "The last slot must be at or after the first slot."), backwards);
    }

    [Fact]
    public async Task A_capacity_change_waits_for_a_confirmation_in_flight_and_then_sees_it()
    {
        fixture.SetClock(SchedulingFixture.InWindow);
        var dataSource = fixture.Host.Services.GetRequiredService<NpgsqlDataSource>();
        await using var confirming = await dataSource.OpenConnectionAsync();
        await using var transaction = await confirming.BeginTransactionAsync();
        // A confirmation takes the port's lock, then writes its appointment.
        await using (var lockPort = new NpgsqlCommand("SELECT code FROM scheduling.ports WHERE code = 'brownsville' FOR UPDATE", confirming, transaction))
        {
            await lockPort.ExecuteNonQueryAsync();
        }

        await fixture.InsertAppointmentAsync("brownsville", Day, 9, connection: confirming);
        var lowering = Task.Run(() => Send(new ChangePortCapacity(Supervisor, "brownsville", 8, new(7, 0), new(15, 0), 30)));
        await LockWaits.WaitUntilBlockedAsync(dataSource, "The capacity change");
        Assert.False(lowering.IsCompleted);

        await transaction.CommitAsync();

        var refused = await Assert.ThrowsAsync<Border.Shared.Validation.RequestValidationException>(() => lowering);
        Assert.Equal("DailyCapacity", Assert.Single(refused.Failures).Field);
        Assert.Equal(175, (await PortAsync("brownsville")).DailyCapacity);
    }
}
