using System.Text.Json;
using Border.Notifications.Contracts;
using Border.Scheduling.Contracts;
using Border.Scheduling.Data;
using Border.Scheduling.Tests.Support;
using Border.Shared.Outbox;
using Border.Testing;
using Microsoft.EntityFrameworkCore;

namespace Border.Scheduling.Tests.Allocation;

/// <summary>
/// What a draw passes over: read as not selected from the moment the run commits, then closed and told a page at a
/// time by the passed-over job, once, whatever happens in between.
/// </summary>
public sealed class PassedOverTests(SchedulingFixture fixture) : IClassFixture<SchedulingFixture>
{
    private static readonly DateTimeOffset RegisteredLongAgo = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Passed_over_requests_read_as_not_selected_at_once_and_the_job_closes_them_and_tells_each_applicant_once()
    {
        await fixture.Host.SendAsync(new ClosePassedOverRequests());
        var date = new DateOnly(2027, 5, 10);
        fixture.SetClockToDrawOf(date);
        var window = date.AddDays(-15);
        await fixture.ExecuteAsync("UPDATE scheduling.ports SET daily_capacity = 2, first_slot = '07:00', last_slot = '07:00' WHERE code IN ('nogales', 'laredo')");
        var applicants = new Dictionary<Guid, (Guid Applicant, string Port)>();
        for (var i = 0; i < 7; i++)
        {
            var applicant = Guid.CreateVersion7();
            var port = i % 2 == 0 ? "nogales" : "laredo";
            applicants[await fixture.InsertRequestAsync(port, window, 1, RegisteredLongAgo.AddDays(i), applicant)] = (applicant, port);
        }

        var run = await fixture.Host.SendAsync(new RunAllocation(date));

        var selected = await fixture.QueryAsync(db => db.Appointments.Where(a => a.AllocationRunId == run.RunId).Select(a => a.RequestId).ToListAsync());
        Assert.Equal(4, selected.Count);
        var passedOver = applicants.Keys.Except(selected).ToList();
        foreach (var id in passedOver)
        {
            var view = await fixture.Host.SendAsync(new GetMyRequest(applicants[id].Applicant));
            Assert.Equal(RequestStatus.NotSelected, view!.Status);
        }

        Assert.Equal(3, await fixture.Host.SendAsync(new ClosePassedOverRequests()));
        Assert.Equal(0, await fixture.Host.SendAsync(new ClosePassedOverRequests()));

        var rows = await fixture.QueryAsync(db => db.Requests.Where(r => passedOver.Contains(r.Id)).ToListAsync());
        Assert.All(rows, r => Assert.Equal((RequestStatus.NotSelected, run.RunId), (r.Status, r.AllocationRunId)));
        Assert.NotNull((await fixture.QueryAsync(db => db.AllocationRuns.SingleAsync(r => r.Id == run.RunId))).PassedOverClosedAt);

        var notices = await NoticesAsync();
        var told = notices.SelectMany(n => n.RecipientIds.Select(r => (Recipient: r, Port: n.Arguments["port"].Text))).ToList();
        Assert.Equal(
            passedOver.Select(id => (applicants[id].Applicant, applicants[id].Port == "nogales" ? "Nogales" : "Laredo")).OrderBy(x => x.Item1),
            told.Select(t => (t.Recipient, t.Port!)).OrderBy(x => x.Item1));
        Assert.All(notices, n => Assert.Equal(new DateOnly(2027, 4, 26), n.Arguments["drawDay"].Day));
        Assert.All(notices, n => Assert.Equal("/appointments", n.Link));
    }

    [Fact]
    public async Task A_passed_over_request_cannot_be_withdrawn_after_its_draw()
    {
        var date = new DateOnly(2027, 6, 10);
        fixture.SetClockToDrawOf(date);
        await fixture.ExecuteAsync("UPDATE scheduling.ports SET daily_capacity = 0 WHERE code = 'hidalgo'");
        var applicant = Guid.CreateVersion7();
        var request = await fixture.InsertRequestAsync("hidalgo", date.AddDays(-15), 1, RegisteredLongAgo, applicant);

        await fixture.Host.SendAsync(new RunAllocation(date));

        Assert.False(await fixture.Host.SendAsync(new WithdrawRequest(applicant, request)));
        Assert.Equal(RequestStatus.NotSelected, (await fixture.Host.SendAsync(new GetMyRequest(applicant)))!.Status);
    }

    [Fact]
    public async Task An_applicant_passed_over_may_request_again_before_the_job_closes_the_old_request_and_is_told_once()
    {
        fixture.SetClock(SchedulingFixture.InWindow);
        var applicant = await TestApplicants.ReadyAsync(fixture.Host.Services);
        var yesterday = new DateOnly(2026, 11, 23);
        var old = await fixture.InsertRequestAsync("eagle-pass", yesterday, 1, RegisteredLongAgo, applicant);
        await fixture.ExecuteAsync("UPDATE scheduling.ports SET daily_capacity = 0 WHERE code = 'eagle-pass'");
        await fixture.Host.SendAsync(new RunAllocation(yesterday.AddDays(15)));

        var receipt = await fixture.Host.SendAsync(new RequestAppointment(applicant, "san-ysidro", "BCN", null, null));

        var mine = await fixture.QueryAsync(db => db.Requests.Where(r => r.ApplicantId == applicant).ToDictionaryAsync(r => r.Id, r => r.Status));
        Assert.Equal(RequestStatus.NotSelected, mine[old]);
        Assert.Equal(RequestStatus.Pending, mine[receipt.RequestId]);
        await fixture.Host.SendAsync(new ClosePassedOverRequests());
        Assert.Single(await NoticesAsync(), n => n.RecipientIds.Contains(applicant));
    }

    [Fact]
    public async Task The_job_closes_a_large_window_in_pages_and_tells_everyone_exactly_once()
    {
        var date = new DateOnly(2027, 7, 10);
        fixture.SetClockToDrawOf(date);
        var window = date.AddDays(-15);
        await fixture.ExecuteAsync("UPDATE scheduling.ports SET daily_capacity = 0 WHERE code = 'brownsville'");
        await fixture.ExecuteAsync($"""
            INSERT INTO scheduling.appointment_requests (id, reference, applicant_id, port_code, window_date, requested_at, registered_at,
                traveller_count, traveller_ids, current_state, location_checked, status)
            SELECT id, 'P-' || i, applicant, 'brownsville', '{window:yyyy-MM-dd}', now(), now(), 1, ARRAY[applicant], 'TAM', false, {RequestStatusSql.Pending}
            FROM generate_series(1, 12000) AS i, LATERAL (SELECT gen_random_uuid() AS id, gen_random_uuid() AS applicant WHERE i > 0) g
            """);
        await fixture.Host.SendAsync(new ClosePassedOverRequests());

        await fixture.Host.SendAsync(new RunAllocation(date));
        var closed = await fixture.Host.SendAsync(new ClosePassedOverRequests());

        Assert.Equal(12000, closed);
        var notices = (await NoticesAsync()).Where(n => n.Arguments["port"].Text == "Brownsville").ToList();
        Assert.Equal(3, notices.Count);
        Assert.Equal(12000, notices.SelectMany(n => n.RecipientIds).Distinct().Count());
    }

    private async Task<List<NotificationsRequested>> NoticesAsync() =>
        (await fixture.QueryAsync(db => db.Set<OutboxMessage>().Where(m => m.Type == IntegrationEventRegistry.NameOf<NotificationsRequested>()).OrderBy(m => m.OccurredAt).ThenBy(m => m.Id).ToListAsync()))
            .Select(m => JsonSerializer.Deserialize<NotificationsRequested>(m.Payload)!)
            .Where(n => n.Kind == NotificationKinds.NotSelected)
            .ToList();
}
