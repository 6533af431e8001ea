using Border.Accounts.Contracts;
using Border.Scheduling.Contracts;
using Border.Scheduling.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Border.Scheduling.Tests.Privacy;

/// <summary>Scheduling's answer to a closed account, and its part of the person's own download.</summary>
public sealed class ClosedAccountTests(SchedulingFixture fixture) : IClassFixture<SchedulingFixture>
{
    private static readonly DateTimeOffset RegisteredLongAgo = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_closed_account_is_never_drawn_and_its_seat_goes_to_the_next_person()
    {
        var date = new DateOnly(2027, 6, 14);
        fixture.SetClockToDrawOf(date);
        var window = date.AddDays(-15);
        await fixture.ExecuteAsync("UPDATE scheduling.ports SET daily_capacity = 1, first_slot = '07:00', last_slot = '07:00' WHERE code = 'calexico'");
        var (closing, staying) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        // The closing account waited longest: drawn first if it were still in the draw.
        var closingRequest = await fixture.InsertRequestAsync("calexico", window, 1, RegisteredLongAgo, closing);
        await fixture.InsertRequestAsync("calexico", window, 1, RegisteredLongAgo.AddDays(30), staying);

        await fixture.Host.PublishAsync(new AccountClosed(Guid.CreateVersion7(), fixture.Clock.GetUtcNow(), closing));
        var run = await fixture.Host.SendAsync(new RunAllocation(date));

        var offered = await fixture.QueryAsync(db => db.Appointments.Where(a => a.AllocationRunId == run.RunId).Select(a => a.ApplicantId).ToListAsync());
        Assert.Equal(staying, Assert.Single(offered));
        var request = await fixture.QueryAsync(db => db.Requests.SingleAsync(r => r.Id == closingRequest));
        Assert.Equal(RequestStatus.Withdrawn, request.Status);
    }

    [Fact]
    public async Task Closing_cancels_an_open_offer_deletes_its_photos_and_a_redelivery_changes_nothing()
    {
        fixture.SetClock(SchedulingFixture.InWindow);
        var applicant = Guid.CreateVersion7();
        var offer = await fixture.InsertOfferAsync("nogales", new DateOnly(2026, 12, 9), applicant, [applicant], fixture.Clock.GetUtcNow().AddHours(20));
        await fixture.ExecuteAsync(
            "INSERT INTO scheduling.live_photos (id, appointment_id, traveller_id, length, taken_at) VALUES ($1, $2, $3, 0, now())",
            Guid.CreateVersion7(), offer, applicant);
        var closed = new AccountClosed(Guid.CreateVersion7(), fixture.Clock.GetUtcNow(), applicant);

        await fixture.Host.PublishAsync(closed);
        await fixture.Host.PublishAsync(closed);

        var row = await fixture.QueryAsync(db => db.Appointments.SingleAsync(a => a.Id == offer));
        Assert.Equal((AppointmentStatus.Cancelled, fixture.Clock.GetUtcNow()), (row.Status, row.CancelledAt));
        Assert.Equal(0, await fixture.QueryAsync(db => db.LivePhotos.CountAsync(p => p.AppointmentId == offer)));
        Assert.Equal(1, await fixture.QueryAsync(db => db.Database.SqlQuery<int>(
            $"SELECT count(*)::int AS \"Value\" FROM scheduling.inbox_messages WHERE event_id = {closed.EventId}").SingleAsync()));
    }

    [Fact]
    public async Task The_export_has_the_persons_requests_and_appointments_and_nobody_elses()
    {
        fixture.SetClock(SchedulingFixture.InWindow);
        var (person, other) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        var window = new DateOnly(2026, 11, 24);
        await fixture.InsertRequestAsync("laredo", window, 2, RegisteredLongAgo, person);
        await fixture.InsertRequestAsync("laredo", window, 1, RegisteredLongAgo, other);
        await fixture.InsertOfferAsync("laredo", new DateOnly(2026, 12, 10), person, [person], fixture.Clock.GetUtcNow().AddHours(20));

        var export = await fixture.Host.SendAsync(new ExportScheduling(person));

        var request = Assert.Single(export.Requests);
        Assert.Equal(("laredo", window, 2, RequestStatus.Pending), (request.PortCode, request.WindowDate, request.TravellerCount, request.Status));
        var appointment = Assert.Single(export.Appointments);
        Assert.Equal(("laredo", new DateOnly(2026, 12, 10), AppointmentStatus.Offered), (appointment.PortCode, appointment.Date, appointment.Status));
    }
}
