using Border.Notifications.Contracts;
using Border.Scheduling.Contracts;
using Border.Scheduling.Data;
using Border.Scheduling.Rules;
using Border.Scheduling.Tests.Support;
using Border.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Border.Scheduling.Tests.Jobs;

/// <summary>
/// An offer is expired from its deadline; the expiry job tells people and moves its progress forward, and only told
/// offers have Expired stored. Each test starts the progress at a moment of its own and looks only at its own rows.
/// </summary>
public sealed class ExpiryProgressTests(SchedulingFixture fixture) : IClassFixture<SchedulingFixture>
{
    [Fact]
    public async Task An_offer_past_its_deadline_reads_expired_everywhere_before_it_is_told_and_is_closed_only_once_told()
    {
        var start = await BeginAtAsync(new DateTimeOffset(2030, 1, 7, 18, 0, 0, TimeSpan.Zero));
        var date = new DateOnly(2030, 1, 20);
        var untold = await JobRows.InsertOfferAsync(fixture, "brownsville", date, 1, start.AddMinutes(5));
        fixture.SetClock(start.AddMinutes(10));

        // Its deadline passed after the last run: closing leaves it, and every read already calls it expired.
        await fixture.Host.SendAsync(new CloseExpiredOffers());
        Assert.Equal(AppointmentStatus.Offered, await StoredAsync(untold.Id));
        Assert.Null(await fixture.Host.SendAsync(new GetMyLiveAppointment(untold.Applicant)));
        Assert.False(await fixture.Host.SendAsync(new CancelAppointment(untold.Applicant, untold.Id)));
        var held = await fixture.QueryAsync(db => db.Appointments.Where(a => a.Date == date).Where(AppointmentRules.HoldsSeats(start.AddMinutes(10))).CountAsync());
        Assert.Equal(0, held);

        Assert.True(await fixture.Host.SendAsync(new ExpireOffers()) >= 1);
        await CloseAllAsync();
        Assert.Equal(AppointmentStatus.Expired, await StoredAsync(untold.Id));
        await fixture.Host.SendAsync(new ExpireOffers());
        Assert.Single(await JobRows.NoticesAsync(fixture, NotificationKinds.OfferExpired), n => n.RecipientId == untold.Applicant);
    }

    [Fact]
    public async Task Expiry_runs_and_closing_pages_racing_tell_each_person_once_and_close_every_offer()
    {
        var start = await BeginAtAsync(new DateTimeOffset(2031, 1, 7, 18, 0, 0, TimeSpan.Zero));
        var date = new DateOnly(2031, 1, 20);
        var offers = new List<(Guid Id, Guid Applicant)>();
        for (var i = 0; i < 30; i++)
        {
            offers.Add(await JobRows.InsertOfferAsync(fixture, "laredo", date, 1, start.AddSeconds(1 + (i % 3))));
        }

        fixture.SetClock(start.AddSeconds(5));
        await AtOnce.RunAsync(Enumerable.Range(0, 6).Select(i => (Func<Task<int>>)(() => i % 2 == 0
            ? fixture.Host.SendAsync(new ExpireOffers())
            : fixture.Host.SendAsync(new CloseExpiredOffers(PageSize: 7)))));

        var notices = await JobRows.NoticesAsync(fixture, NotificationKinds.OfferExpired);
        Assert.All(offers, o => Assert.Single(notices, n => n.RecipientId == o.Applicant));
        await CloseAllAsync();
        var stored = await fixture.QueryAsync(db => db.Appointments.Where(a => a.Date == date).Select(a => a.Status).ToListAsync());
        Assert.Equal(offers.Count, stored.Count(s => s == AppointmentStatus.Expired));
    }

    [Fact]
    public async Task The_expiry_job_waits_for_a_decision_in_flight_and_does_not_tell_someone_who_confirmed()
    {
        var start = await BeginAtAsync(new DateTimeOffset(2032, 1, 7, 18, 0, 0, TimeSpan.Zero));
        var offer = await JobRows.InsertOfferAsync(fixture, "calexico", new DateOnly(2032, 1, 20), 1, start.AddMinutes(1));
        var data = fixture.Host.Services.GetRequiredService<NpgsqlDataSource>();

        // A confirmation that read the clock before the deadline and has not committed yet, as ConfirmOffer holds it.
        await using var confirming = await data.OpenConnectionAsync();
        await using var transaction = await confirming.BeginTransactionAsync();
        await ExecuteAsync(confirming, $"SELECT pg_advisory_xact_lock_shared({OfferExpiryLock.Key})");
        fixture.SetClock(start.AddMinutes(2));
        var expiry = fixture.Host.SendAsync(new ExpireOffers());
        await WaitForAnAdvisoryLockWaiterAsync(data);
        await ExecuteAsync(confirming, $"UPDATE scheduling.appointments SET status = {AppointmentStatusSql.Confirmed}, confirmation_number = 'APT-TEST-0001' WHERE id = '{offer.Id}'");
        await transaction.CommitAsync();

        await expiry;
        Assert.DoesNotContain(await JobRows.NoticesAsync(fixture, NotificationKinds.OfferExpired), n => n.RecipientId == offer.Applicant);
        Assert.Equal(AppointmentStatus.Confirmed, await StoredAsync(offer.Id));
    }

    [Fact]
    public async Task A_draw_offering_someone_whose_last_offer_expired_untold_and_unclosed_closes_it_and_tells_them_once()
    {
        var date = new DateOnly(2033, 3, 1);
        fixture.SetClockToDrawOf(date);
        var now = await BeginAtAsync(fixture.Clock.GetUtcNow());
        await JobRows.ExecuteAsync(fixture, "UPDATE scheduling.ports SET daily_capacity = 40 WHERE code = 'eagle-pass'");
        var (old, applicant) = await JobRows.InsertOfferAsync(fixture, "eagle-pass", date.AddDays(-1), 1, now.AddSeconds(30));
        fixture.SetClock(now.AddMinutes(1));
        await JobRows.InsertRequestAsync(fixture, "eagle-pass", date.AddDays(-15), 1, applicant);

        var run = await fixture.Host.SendAsync(new RunAllocation(date));

        Assert.Equal(1, run.Offers);
        var rows = await fixture.QueryAsync(db => db.Appointments.Where(a => a.ApplicantId == applicant).ToDictionaryAsync(a => a.Id, a => a.Status));
        Assert.Equal(AppointmentStatus.Expired, rows[old]);
        Assert.Equal(AppointmentStatus.Offered, Assert.Single(rows, r => r.Key != old).Value);
        await fixture.Host.SendAsync(new ExpireOffers());
        Assert.Single(await JobRows.NoticesAsync(fixture, NotificationKinds.OfferExpired), n => n.RecipientId == applicant);

        // The new offer's deadline passes with nobody told yet: the run's figures already count it expired.
        fixture.SetClock(now.AddDays(2));
        var figures = Assert.Single(await fixture.Host.SendAsync(new ListAllocationRuns(100)), r => r.Id == run.RunId).Ports.Single(p => p.PortCode == "eagle-pass");
        Assert.Equal((0, 1), (figures.Confirmed, figures.Expired));
    }

    [Fact]
    public async Task The_job_tells_then_closes_more_than_a_page_in_one_run()
    {
        var start = await BeginAtAsync(new DateTimeOffset(2034, 1, 7, 18, 0, 0, TimeSpan.Zero));
        var date = new DateOnly(2034, 1, 20);
        await JobRows.ExecuteAsync(fixture, $"""
            INSERT INTO scheduling.appointments (id, request_id, applicant_id, allocation_run_id, port_code, date, slot_start, time_zone,
                slot_starts_at, people_count, traveller_ids, status, offered_at, deadline, identity_review)
            SELECT gen_random_uuid(), gen_random_uuid(), a, gen_random_uuid(), 'hidalgo', '{date:yyyy-MM-dd}', '07:00', 'America/Chicago',
                '{date:yyyy-MM-dd}T13:00:00Z', 1, ARRAY[a], {AppointmentStatusSql.Offered}, '{start:O}', '{start.AddMinutes(1):O}', false
            FROM (SELECT gen_random_uuid() AS a FROM generate_series(1, {CloseExpiredOffers.DefaultPageSize + 5})) applicants
            """);
        fixture.SetClock(start.AddMinutes(2));

        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var (told, closed) = await ActivatorUtilities.CreateInstance<Scheduling.Jobs.OfferExpiryJob>(scope.ServiceProvider).RunAsync(CancellationToken.None);

        Assert.Equal(CloseExpiredOffers.DefaultPageSize + 5, told);
        Assert.True(closed >= told);
        var left = await fixture.QueryAsync(db => db.Appointments.CountAsync(a => a.Date == date && a.Status == AppointmentStatus.Offered));
        Assert.Equal(0, left);
    }

    /// <summary>The clock at <paramref name="at"/> and everyone due before it told, as after a run of the job then.</summary>
    private async Task<DateTimeOffset> BeginAtAsync(DateTimeOffset at)
    {
        fixture.SetClock(at);
        await JobRows.ExecuteAsync(fixture, $"UPDATE scheduling.offer_expiry_progress SET told_through = '{at:O}'");
        return at;
    }

    private async Task CloseAllAsync()
    {
        while (await fixture.Host.SendAsync(new CloseExpiredOffers(PageSize: 7)) > 0)
        {
        }
    }

    private Task<AppointmentStatus> StoredAsync(Guid id) =>
        fixture.QueryAsync(db => db.Appointments.Where(a => a.Id == id).Select(a => a.Status).SingleAsync());

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task WaitForAnAdvisoryLockWaiterAsync(NpgsqlDataSource data)
    {
        await using var connection = await data.OpenConnectionAsync();
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND objid = {OfferExpiryLock.Key & 0xFFFFFFFF}", connection);
        for (var attempt = 0; attempt < 600; attempt++)
        {
            if ((long)(await command.ExecuteScalarAsync())! > 0)
            {
                return;
            }

            await Task.Delay(50);
        }

        Assert.Fail("Nobody waited for the expiry lock within 30 seconds.");
    }
}
