using Border.Notifications.Contracts;
using Border.Scheduling.Contracts;
using Border.Scheduling.Tests.Support;
using Border.Testing;
using Microsoft.EntityFrameworkCore;

namespace Border.Scheduling.Tests.Jobs;

/// <summary>The every-minute jobs on real PostgreSQL: overdue offers expire once, reminders go once.</summary>
public sealed class ExpiryAndReminderTests(SchedulingFixture fixture) : IClassFixture<SchedulingFixture>
{
    [Fact]
    public async Task Expiry_tells_each_person_once_then_closes_the_told_offers_leaving_confirmed_and_not_yet_due_alone()
    {
        var now = fixture.Clock.GetUtcNow();
        var date = new DateOnly(2026, 12, 8);
        var overdue = await JobRows.InsertOfferAsync(fixture, "nogales", date, 2, now.AddMinutes(-1));
        var dueNow = await JobRows.InsertOfferAsync(fixture, "nogales", date, 1, now);
        var notYet = await JobRows.InsertOfferAsync(fixture, "nogales", date, 1, now.AddMinutes(1));
        var confirmed = await JobRows.InsertOfferAsync(fixture, "nogales", date, 3, now.AddHours(-2), status: "Confirmed");

        var first = await fixture.Host.SendAsync(new ExpireOffers());
        var second = await fixture.Host.SendAsync(new ExpireOffers());

        Assert.True(first >= 2); // other tests in the class leave overdue offers too
        Assert.Equal(0, second);
        var notices = await JobRows.NoticesAsync(fixture, NotificationKinds.OfferExpired);
        var told = Assert.Single(notices, n => n.RecipientId == overdue.Applicant);
        Assert.Single(notices, n => n.RecipientId == dueNow.Applicant);
        Assert.DoesNotContain(notices, n => n.RecipientId == notYet.Applicant || n.RecipientId == confirmed.Applicant);
        Assert.Equal("Nogales", told.Arguments["port"].Text);
        Assert.Equal("America/Phoenix", told.Arguments["slot"].TimeZone);
        Assert.Equal(new DateTimeOffset(2026, 12, 8, 14, 0, 0, TimeSpan.Zero), told.Arguments["slot"].At);
        Assert.Equal(now.AddMinutes(-1), told.Arguments["deadline"].At);
        Assert.Equal("/appointments", told.Link);

        // Told, then closed in pages: the stored status catches up with what every read already said.
        while (await fixture.Host.SendAsync(new CloseExpiredOffers(PageSize: 1)) > 0)
        {
        }

        var statuses = await fixture.QueryAsync(db => db.Appointments.Where(a => a.Date == date).ToDictionaryAsync(a => a.Id, a => (a.Status, a.ExpiredAt)));
        Assert.Equal((AppointmentStatus.Expired, now.AddMinutes(-1)), statuses[overdue.Id]);
        Assert.Equal((AppointmentStatus.Expired, now), statuses[dueNow.Id]);
        Assert.Equal((AppointmentStatus.Offered, null), statuses[notYet.Id]);
        Assert.Equal((AppointmentStatus.Confirmed, null), statuses[confirmed.Id]);
        Assert.Equal(0, await fixture.Host.SendAsync(new ExpireOffers()));
        Assert.Single(await JobRows.NoticesAsync(fixture, NotificationKinds.OfferExpired), n => n.RecipientId == overdue.Applicant);
    }

    [Fact]
    public async Task The_reminder_goes_once_per_offer_three_hours_before_the_deadline_even_from_two_nodes_at_once()
    {
        var now = fixture.Clock.GetUtcNow();
        var date = new DateOnly(2026, 12, 9);
        await fixture.Host.SendAsync(new SendDeadlineReminders()); // what other tests in the class left due, out of the way
        var near = await JobRows.InsertOfferAsync(fixture, "laredo", date, 1, now.AddHours(2));
        var far = await JobRows.InsertOfferAsync(fixture, "laredo", date, 1, now.AddHours(4));
        var past = await JobRows.InsertOfferAsync(fixture, "laredo", date, 1, now.AddMinutes(-5));

        var sent = await AtOnce.RunAsync(Enumerable.Range(0, 4).Select(_ => (Func<Task<int>>)(() => fixture.Host.SendAsync(new SendDeadlineReminders()))));
        fixture.SetClock(now.AddHours(1));
        var later = await fixture.Host.SendAsync(new SendDeadlineReminders());
        fixture.SetClock(now);

        Assert.Equal(1, sent.Sum());
        Assert.Equal(1, later);
        var notices = await JobRows.NoticesAsync(fixture, NotificationKinds.DeadlineReminder);
        Assert.Single(notices, n => n.RecipientId == near.Applicant);
        Assert.Single(notices, n => n.RecipientId == far.Applicant);
        Assert.DoesNotContain(notices, n => n.RecipientId == past.Applicant);
        var stamped = await fixture.QueryAsync(db => db.Appointments.Where(a => a.Id == near.Id).Select(a => a.ReminderSentAt).SingleAsync());
        Assert.Equal(now, stamped);
    }
}
