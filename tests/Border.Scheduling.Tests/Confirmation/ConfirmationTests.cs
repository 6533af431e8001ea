using Border.Accounts.Contracts.Profile;
using Border.Notifications.Contracts;
using Border.Scheduling.Contracts;
using Border.Scheduling.Data;
using Border.Scheduling.Tests.Support;
using Border.Shared.Outbox;
using Border.Testing;
using Microsoft.EntityFrameworkCore;

namespace Border.Scheduling.Tests.Confirmation;

public sealed class ConfirmationTests(SchedulingFixture fixture) : IClassFixture<SchedulingFixture>
{
    private static readonly DateTimeOffset Now = SchedulingFixture.InWindow;

    private IServiceProvider Services => fixture.Host.Services;

    private Task<T> Send<T>(MediatR.IRequest<T> request) => fixture.Host.SendAsync(request);

    private async Task<(Guid User, Guid Offer, Guid[] Travellers)> OfferAsync(string port, DateOnly date, int companions = 0, TimeSpan? left = null)
    {
        fixture.SetClock(Now);
        var user = await TestApplicants.ReadyAsync(Services, companions);
        var profile = await Send(new GetProfile(user));
        Guid[] travellers = [user, .. profile.Members.Select(m => m.Id)];
        var offer = await fixture.InsertOfferAsync(port, date, user, travellers, Now + (left ?? TimeSpan.FromHours(20)));
        return (user, offer, travellers);
    }

    /// <summary>1 when this confirmation made the appointment, 0 when it was refused or found it already made.</summary>
    private async Task<int> ConfirmWinsAsync(Guid user, Guid offer)
    {
        try
        {
            return await Send(new ConfirmOffer(user, offer)) is { AlreadyConfirmed: false } ? 1 : 0;
        }
        catch (Border.Shared.Validation.RequestValidationException)
        {
            return 0;
        }
    }

    private async Task StepsBeforeScheduleAsync(Guid user, Guid offer, int people, bool photos = true)
    {
        Assert.True(await Send(new AcceptOffer(user, offer)));
        for (var n = 1; n <= people; n++)
        {
            var file = photos ? new LivePhotoFile(new MemoryStream(TestImages.Png), TestImages.Png.Length) : null;
            Assert.True(await Send(new RecordLivePhoto(user, offer, n, file, CannotTake: !photos)));
        }

        Assert.True(await Send(new CheckOfferLocation(user, offer, "BCN", null, null)));
        Assert.True(await Send(new ReviewOffer(user, offer)));
    }

    [Fact]
    public async Task Confirming_through_every_step_gives_a_confirmation_number_stores_encrypted_photos_and_writes_the_email_and_the_freeze()
    {
        var (user, offer, travellers) = await OfferAsync("san-ysidro", new DateOnly(2026, 12, 9), companions: 1);

        var pending = await Send(new GetMyOffer(user, offer));
        Assert.Equal((OfferStep.Accept, TimeSpan.FromHours(20), 2), (pending!.Next, pending.TimeLeft, pending.Travellers.Count));
        Assert.False(string.IsNullOrEmpty(pending.Travellers[1].Name));
        await StepsBeforeScheduleAsync(user, offer, 2);
        Assert.Equal(OfferStep.Schedule, (await Send(new GetMyOffer(user, offer)))!.Next);

        var result = await Send(new ConfirmOffer(user, offer));

        Assert.Matches("^APT-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$", result!.ConfirmationNumber);
        var stored = await fixture.QueryAsync(db => db.Appointments.SingleAsync(a => a.Id == offer));
        Assert.Equal((AppointmentStatus.Confirmed, result.ConfirmationNumber, Now, false), (stored.Status, stored.ConfirmationNumber, stored.ConfirmedAt, stored.IdentityReview));
        var photos = await fixture.QueryAsync(db => db.LivePhotos.Where(p => p.AppointmentId == offer).ToListAsync());
        Assert.Equal(travellers.Order(), photos.Select(p => p.TravellerId).Order());
        Assert.All(photos, p => Assert.False(p.Ciphertext!.AsSpan().StartsWith(TestImages.Png.AsSpan(0, 8))));
        var outbox = (await fixture.QueryAsync(db => db.Set<OutboxMessage>().ToListAsync())).Where(m => m.Payload.Contains(offer.ToString(), StringComparison.Ordinal)).ToList();
        Assert.Contains(outbox, m => m.Type == IntegrationEventRegistry.NameOf<AppointmentConfirmed>());
        var email = System.Text.Json.JsonSerializer.Deserialize<NotificationRequested>(
            Assert.Single(outbox, m => m.Type == IntegrationEventRegistry.NameOf<NotificationRequested>()).Payload)!;
        Assert.Equal((NotificationKinds.AppointmentConfirmed, result.ConfirmationNumber), (email.Kind, email.Arguments["confirmationNumber"].Text));
    }

    [Fact]
    public async Task A_step_cannot_be_skipped()
    {
        var (user, offer, _) = await OfferAsync("san-ysidro", new DateOnly(2026, 12, 10));

        await Refusals.OneOf(() => Send(new ConfirmOffer(user, offer)));
        await Refusals.OneOf(() => Send(new CheckOfferLocation(user, offer, "BCN", null, null)));
        Assert.True(await Send(new AcceptOffer(user, offer)));
        await Refusals.OneOf(() => Send(new ReviewOffer(user, offer)));
    }

    [Fact]
    public async Task A_traveller_who_cannot_take_a_photo_continues_and_the_appointment_is_flagged_for_identity_review()
    {
        var (user, offer, _) = await OfferAsync("san-ysidro", new DateOnly(2026, 12, 11));

        await StepsBeforeScheduleAsync(user, offer, 1, photos: false);
        await Send(new ConfirmOffer(user, offer));

        var stored = await fixture.QueryAsync(db => db.Appointments.SingleAsync(a => a.Id == offer));
        Assert.Equal((AppointmentStatus.Confirmed, true), (stored.Status, stored.IdentityReview));
    }

    [Fact]
    public async Task A_file_that_is_not_a_photo_is_refused()
    {
        var (user, offer, _) = await OfferAsync("san-ysidro", new DateOnly(2026, 12, 12));
        await Send(new AcceptOffer(user, offer));

        var refusal = await Refusals.OneOf(() => Send(new RecordLivePhoto(user, offer, 1, new LivePhotoFile(new MemoryStream(TestImages.Pdf), TestImages.Pdf.Length), false)));

        Assert.Equal(("Photo", "The file must be a JPEG or PNG photo."), refusal);
    }

    [Fact]
    public async Task Confirming_after_the_deadline_is_refused()
    {
        var (user, offer, _) = await OfferAsync("san-ysidro", new DateOnly(2026, 12, 13));
        await StepsBeforeScheduleAsync(user, offer, 1);
        fixture.SetClock(Now + TimeSpan.FromHours(20));

        var refusal = await Refusals.OneOf(() => Send(new ConfirmOffer(user, offer)));

        Assert.Equal("Offer", refusal.Field);
        Assert.StartsWith("The time to confirm this offer ended on", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(AppointmentStatus.Offered, await fixture.QueryAsync(db => db.Appointments.Where(a => a.Id == offer).Select(a => a.Status).SingleAsync()));
    }

    [Fact]
    public async Task Confirming_twice_is_harmless_and_gives_the_same_confirmation()
    {
        var (user, offer, _) = await OfferAsync("san-ysidro", new DateOnly(2026, 12, 14));
        await StepsBeforeScheduleAsync(user, offer, 1);

        var first = await Send(new ConfirmOffer(user, offer));
        var second = await Send(new ConfirmOffer(user, offer));

        Assert.Equal((first!.ConfirmationNumber, true), (second!.ConfirmationNumber, second.AlreadyConfirmed));
        var events = (await fixture.QueryAsync(db => db.Set<OutboxMessage>().ToListAsync()))
            .Count(m => m.Payload.Contains(offer.ToString(), StringComparison.Ordinal) && m.Type == IntegrationEventRegistry.NameOf<AppointmentConfirmed>());
        Assert.Equal(1, events);
    }

    [Fact]
    public async Task Another_applicants_offer_is_not_found()
    {
        var (_, offer, _) = await OfferAsync("san-ysidro", new DateOnly(2026, 12, 15));
        var stranger = await TestApplicants.ReadyAsync(Services);

        Assert.Null(await Send(new GetMyOffer(stranger, offer)));
        Assert.False(await Send(new AcceptOffer(stranger, offer)));
        Assert.Null(await Send(new ConfirmOffer(stranger, offer)));
        Assert.False(await Send(new CancelAppointment(stranger, offer)));
    }

    [Fact]
    public async Task Two_hundred_concurrent_confirmations_against_one_hundred_seats_never_exceed_capacity()
    {
        fixture.SetClock(Now);
        var date = new DateOnly(2026, 12, 16);
        Assert.Equal(1, await fixture.ExecuteAsync("UPDATE scheduling.ports SET daily_capacity = 100, first_slot = '07:00', last_slot = '07:00' WHERE code = 'nogales'"));
        var offers = new List<(Guid User, Guid Offer)>();
        for (var i = 0; i < 200; i++)
        {
            // One applicant may hold one live offer, so the offers belong to made-up applicants; the steps go through each one's own id.
            var user = Guid.CreateVersion7();
            var offer = await fixture.InsertOfferAsync("nogales", date, user, [user], Now + TimeSpan.FromHours(20));
            await fixture.ExecuteAsync(
                "INSERT INTO scheduling.confirmation_progress (appointment_id, accepted_at, current_state, location_checked_at, reviewed_at) VALUES ($1, $2, 'SON', $2, $2)",
                offer, Now);
            await fixture.ExecuteAsync("INSERT INTO scheduling.live_photos (id, appointment_id, traveller_id, length, taken_at) VALUES ($1, $2, $3, 0, $4)", Guid.CreateVersion7(), offer, user, Now);
            offers.Add((user, offer));
        }

        var results = await AtOnce.RunAsync(offers.Select(o => (Func<Task<bool>>)(async () =>
        {
            try
            {
                return await Send(new ConfirmOffer(o.User, o.Offer)) is not null;
            }
            catch (Border.Shared.Validation.RequestValidationException)
            {
                return false;
            }
        })));

        var confirmed = await fixture.QueryAsync(db => db.Appointments.Where(a => a.PortCode == "nogales" && a.Date == date && a.Status == AppointmentStatus.Confirmed).SumAsync(a => a.PeopleCount));
        Assert.Equal(100, confirmed);
        Assert.Equal(100, results.Count(r => r));
    }

    [Fact]
    public async Task When_expiry_and_confirmation_race_exactly_one_wins()
    {
        var date = new DateOnly(2026, 12, 17);
        for (var round = 0; round < 10; round++)
        {
            var (user, offer, _) = await OfferAsync("el-paso", date.AddDays(round));
            await StepsBeforeScheduleAsync(user, offer, 1);

            var results = await AtOnce.RunAsync<int>(
            [
                () => ConfirmWinsAsync(user, offer),
                () => fixture.ExecuteAsync($"UPDATE scheduling.appointments SET status = {AppointmentStatusSql.Expired}, expired_at = now() WHERE id = $1 AND status = {AppointmentStatusSql.Offered}", offer),
            ]);

            Assert.Equal(1, results.Sum());
            var status = await fixture.QueryAsync(db => db.Appointments.Where(a => a.Id == offer).Select(a => a.Status).SingleAsync());
            Assert.Equal(results[0] == 1 ? AppointmentStatus.Confirmed : AppointmentStatus.Expired, status);
        }
    }

    [Fact]
    public async Task When_confirming_and_the_expiry_job_meet_at_the_deadline_the_person_is_confirmed_or_told_it_expired_never_both()
    {
        var date = new DateOnly(2027, 1, 5);
        for (var round = 0; round < 10; round++)
        {
            // Each round's deadline is later than the last, as real time only moves forward.
            var left = TimeSpan.FromMinutes(1 + round);
            var (user, offer, _) = await OfferAsync("nogales", date.AddDays(round), left: left);
            await StepsBeforeScheduleAsync(user, offer, 1);
            fixture.SetClock(Now + left - TimeSpan.FromMilliseconds(1));

            var results = await AtOnce.RunAsync<int>(
            [
                () => ConfirmWinsAsync(user, offer),
                async () =>
                {
                    fixture.SetClock(Now + left);
                    await Send(new ExpireOffers());
                    return 0;
                },
            ]);

            var told = (await Jobs.JobRows.NoticesAsync(fixture, NotificationKinds.OfferExpired)).Count(n => n.RecipientId == user);
            Assert.Equal(1, results[0] + told);
            var view = await Send(new GetMyOffer(user, offer));
            Assert.Equal(results[0] == 1 ? AppointmentStatus.Confirmed : AppointmentStatus.Expired, view!.Status);
        }
    }

    [Fact]
    public async Task Confirming_is_refused_when_a_capacity_cut_left_the_day_full()
    {
        var date = new DateOnly(2026, 12, 28);
        var (user, offer, _) = await OfferAsync("calexico", date);
        await StepsBeforeScheduleAsync(user, offer, 1);
        await fixture.ExecuteAsync("INSERT INTO scheduling.port_days (port_code, date, capacity, closed, changed_at, changed_by) VALUES ('calexico', $1, 2, false, now(), $2)", date, Guid.Empty);
        await fixture.InsertAppointmentAsync("calexico", date, 2);

        var refusal = await Refusals.OneOf(() => Send(new ConfirmOffer(user, offer)));

        Assert.StartsWith("We are sorry", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Confirming_is_refused_when_a_capacity_cut_left_the_offers_time_slot_full_though_the_day_has_room()
    {
        var date = new DateOnly(2026, 12, 29);
        var (user, offer, _) = await OfferAsync("calexico", date);
        await StepsBeforeScheduleAsync(user, offer, 1);
        var slots = await fixture.QueryAsync(db => db.Ports.Where(p => p.Code == "calexico")
            .Select(p => new Border.Scheduling.Contracts.SlotPlan(p.FirstSlot, p.LastSlot, p.SlotMinutes)).SingleAsync());
        await fixture.ExecuteAsync("INSERT INTO scheduling.port_days (port_code, date, capacity, closed, changed_at, changed_by) VALUES ('calexico', $1, $2, false, now(), $3)", date, slots.Count, Guid.Empty);
        await fixture.InsertAppointmentAsync("calexico", date, 1);

        var refusal = await Refusals.OneOf(() => Send(new ConfirmOffer(user, offer)));

        Assert.Contains("time at Calexico", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelling_returns_the_seats_frees_the_group_in_accounts_and_lets_the_applicant_request_again()
    {
        var (user, offer, _) = await OfferAsync("san-ysidro", new DateOnly(2026, 12, 30));
        await StepsBeforeScheduleAsync(user, offer, 1);
        await Send(new ConfirmOffer(user, offer));
        await fixture.Host.DispatchOutboxAsync();
        Assert.True((await Send(new GetProfile(user))).GroupFrozen);
        await fixture.Host.DispatchOutboxAsync();
        Assert.True((await Send(new GetProfile(user))).GroupFrozen);

        Assert.Equal(1, await fixture.QueryAsync(db => db.LivePhotos.CountAsync(p => p.AppointmentId == offer)));
        Assert.True(await Send(new CancelAppointment(user, offer)));
        Assert.False(await Send(new CancelAppointment(user, offer)));
        Assert.Equal(0, await fixture.QueryAsync(db => db.LivePhotos.CountAsync(p => p.AppointmentId == offer)));
        var told = (await fixture.QueryAsync(db => db.Set<OutboxMessage>().Where(m => m.Type == IntegrationEventRegistry.NameOf<NotificationRequested>()).ToListAsync()))
            .Select(m => System.Text.Json.JsonSerializer.Deserialize<NotificationRequested>(m.Payload)!)
            .Single(n => n.RecipientId == user && n.Kind == NotificationKinds.AppointmentCancelled);
        Assert.Equal(("San Ysidro", "You cancelled it yourself."), (told.Arguments["port"].Text, told.Arguments["reason"].Phrase));
        await fixture.Host.DispatchOutboxAsync();

        Assert.False((await Send(new GetProfile(user))).GroupFrozen);
        var held = await fixture.QueryAsync(db => db.Appointments.Where(a => a.PortCode == "san-ysidro" && a.Date == new DateOnly(2026, 12, 30)
            && a.Status != AppointmentStatus.Cancelled && a.Status != AppointmentStatus.Expired).CountAsync());
        Assert.Equal(0, held);
        Assert.Null(await Send(new GetMyLiveAppointment(user)));
        var options = await Send(new GetRequestOptions(user));
        Assert.NotEqual(RequestBlock.HasAppointment, options.Block);
    }
}
