using System.Text.Json;
using Border.Accounts.Contracts.Profile;
using Border.Scheduling.Contracts;
using Border.Scheduling.Tests.Support;
using Border.Shared.Audit;
using Border.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Border.Scheduling.Tests.CheckIn;

/// <summary>An officer at the port finds a confirmed appointment by its number, sees the group, and records what happened.</summary>
public sealed class CheckInTests(SchedulingFixture fixture) : IClassFixture<SchedulingFixture>
{
    private static readonly DateTimeOffset Now = SchedulingFixture.InWindow;

    /// <summary>08:00 in San Ysidro (PST) on Wednesday 9 December 2026.</summary>
    private static readonly DateTimeOffset OnTheDay = new(2026, 12, 9, 16, 0, 0, TimeSpan.Zero);

    private static readonly DateOnly Day = new(2026, 12, 9);

    private readonly Guid officer = Guid.CreateVersion7();

    private Task<T> Send<T>(MediatR.IRequest<T> request) => fixture.Host.SendAsync(request);

    /// <summary>An applicant and one companion confirm through every step; the companion's photo cannot be taken.</summary>
    private async Task<(Guid User, Guid Appointment, string Number, Guid[] Travellers)> ConfirmedAsync()
    {
        fixture.SetClock(Now);
        var user = await TestApplicants.ReadyAsync(fixture.Host.Services, companions: 1);
        var profile = await Send(new GetProfile(user));
        Guid[] travellers = [user, .. profile.Members.Select(m => m.Id)];
        var offer = await fixture.InsertOfferAsync("san-ysidro", Day, user, travellers, Now + TimeSpan.FromHours(20));
        Assert.True(await Send(new AcceptOffer(user, offer)));
        Assert.True(await Send(new RecordLivePhoto(user, offer, 1, new LivePhotoFile(new MemoryStream(TestImages.Png), TestImages.Png.Length), false)));
        Assert.True(await Send(new RecordLivePhoto(user, offer, 2, null, CannotTake: true)));
        Assert.True(await Send(new CheckOfferLocation(user, offer, "BCN", null, null)));
        Assert.True(await Send(new ReviewOffer(user, offer)));
        var confirmed = await Send(new ConfirmOffer(user, offer));
        return (user, offer, confirmed!.ConfirmationNumber, travellers);
    }

    private Task<List<AuditEntry>> AuditAsync(Guid subject, string action) =>
        fixture.QueryAsync(db => db.Set<AuditEntry>().Where(e => e.SubjectId == subject && e.Action == action).ToListAsync());

    private async Task<long> AccountsAuditCountAsync(Guid subject, string action)
    {
        await using var command = fixture.Host.Services.GetRequiredService<NpgsqlDataSource>()
            .CreateCommand("SELECT count(*) FROM accounts.audit_entries WHERE subject_id = $1 AND action = $2");
        command.Parameters.Add(new NpgsqlParameter { Value = subject });
        command.Parameters.Add(new NpgsqlParameter { Value = action });
        return (long)(await command.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task A_number_is_found_whatever_its_case_spaces_dashes_or_missing_prefix_and_each_search_is_audited()
    {
        var (user, appointment, number, _) = await ConfirmedAsync();
        var plain = number.Replace("-", string.Empty, StringComparison.Ordinal);
        string[] typed = [number, number.ToLowerInvariant(), $"  {plain[..3]} {plain[3..7]} {plain[7..]} ", plain, number[4..], $"apt–{number[4..].ToLowerInvariant()}"];

        foreach (var text in typed)
        {
            var search = await Send(new FindAppointmentByNumber(officer, text));
            Assert.Equal((CheckInSearchResult.Found, number, appointment, AppointmentStatus.Confirmed), (search.Result, search.Number, search.AppointmentId, search.Status));
        }

        var audit = await AuditAsync(user, SchedulingAuditActions.CheckInSearched);
        Assert.Equal(typed.Length, audit.Count);
        Assert.All(audit, e => Assert.Equal(officer, e.ActorId));
    }

    [Theory]
    [InlineData("APT-2222-2222")]
    [InlineData("not a number")]
    [InlineData("APT-2222-22222")]
    public async Task An_unknown_or_malformed_number_is_not_found(string text)
    {
        var search = await Send(new FindAppointmentByNumber(officer, text));

        Assert.Equal((CheckInSearchResult.NotFound, (Guid?)null), (search.Result, search.AppointmentId));
    }

    [Fact]
    public async Task A_cancelled_appointment_is_found_as_not_confirmed_and_cannot_be_opened_or_checked_in()
    {
        var (user, appointment, number, _) = await ConfirmedAsync();
        Assert.True(await Send(new CancelAppointment(user, appointment)));
        fixture.SetClock(OnTheDay);

        var search = await Send(new FindAppointmentByNumber(officer, number));

        Assert.Equal((CheckInSearchResult.NotConfirmed, (Guid?)null, AppointmentStatus.Cancelled), (search.Result, search.AppointmentId, search.Status));
        Assert.Null(await Send(new ViewCheckIn(officer, appointment)));
        var refusal = await Refusals.OneOf(() => Send(new RecordCheckIn(officer, appointment, CheckInOutcome.Arrived, null)));
        Assert.Equal("Only a confirmed appointment can be checked in.", refusal.Message);
    }

    [Fact]
    public async Task An_offer_not_yet_confirmed_cannot_be_checked_in()
    {
        fixture.SetClock(Now);
        var user = await TestApplicants.ReadyAsync(fixture.Host.Services);
        var offer = await fixture.InsertOfferAsync("san-ysidro", Day, user, [user], Now + TimeSpan.FromHours(20));
        fixture.SetClock(OnTheDay);

        Assert.Null(await Send(new ViewCheckIn(officer, offer)));
        Assert.Null(await Send(new RecordCheckIn(officer, offer, CheckInOutcome.Arrived, null)));
    }

    [Fact]
    public async Task The_officer_sees_each_traveller_with_document_and_live_photo_and_the_view_is_audited_in_both_modules()
    {
        var (user, appointment, number, travellers) = await ConfirmedAsync();
        fixture.SetClock(OnTheDay);

        var view = await Send(new ViewCheckIn(officer, appointment));

        Assert.NotNull(view);
        Assert.Equal((number, "san-ysidro", Day, AppointmentStatus.Confirmed, true, Day, true), (view.ConfirmationNumber, view.PortCode, view.Date, view.Status, view.IdentityReview, view.PortToday, view.CanRecord));
        Assert.Equal(travellers, view.Travellers.Select(t => t.Id));
        Assert.Equal(("María José Pérez López", new DateOnly(1990, 3, 27), true), (view.Travellers[0].Name, view.Travellers[0].DateOfBirth, view.Travellers[0].HasLivePhoto));
        Assert.Equal(("Lucía Pérez 1", new DateOnly(2015, 5, 3), false), (view.Travellers[1].Name, view.Travellers[1].DateOfBirth, view.Travellers[1].HasLivePhoto));
        Assert.All(view.Travellers, t => Assert.True(t.DocumentPhoto!.IsImage));
        Assert.Equal(officer, Assert.Single(await AuditAsync(user, SchedulingAuditActions.CheckInViewed)).ActorId);
        Assert.Equal(1, await AccountsAuditCountAsync(user, AuditActions.ApplicantViewed));

        var live = await Send(new OpenLivePhoto(officer, appointment, travellers[0]));
        TestImages.AssertSamePicture(TestImages.Png, live!.Content);
        Assert.Equal("image/png", live.ContentType);
        Assert.Null(await Send(new OpenLivePhoto(officer, appointment, travellers[1])));
        Assert.Single(await AuditAsync(user, SchedulingAuditActions.LivePhotoViewed));
    }

    [Fact]
    public async Task Arrived_on_the_day_stores_the_outcome_time_and_officer_and_audits_before_and_after()
    {
        var (user, appointment, _, _) = await ConfirmedAsync();
        fixture.SetClock(OnTheDay);

        var result = await Send(new RecordCheckIn(officer, appointment, CheckInOutcome.Arrived, "ignored"));

        Assert.Equal(new RecordCheckInResult(new RecordedCheckIn(CheckInOutcome.Arrived, OnTheDay, officer, null), false), result);
        var stored = await fixture.QueryAsync(db => db.Appointments.SingleAsync(a => a.Id == appointment));
        Assert.Equal((AppointmentStatus.CheckedIn, OnTheDay, officer, (string?)null), (stored.Status, stored.CheckedInAt, stored.CheckedInBy, stored.CheckInNote));
        var audit = Assert.Single(await AuditAsync(user, SchedulingAuditActions.CheckInRecorded));
        Assert.Equal(officer, audit.ActorId);
        Assert.Equal("Confirmed", JsonDocument.Parse(audit.Before!).RootElement.GetProperty("status").GetString());
        Assert.Equal("CheckedIn", JsonDocument.Parse(audit.After!).RootElement.GetProperty("status").GetString());
        var roster = await Send(new GetPortRoster("san-ysidro", Day));
        var entry = Assert.Single(roster!.Entries, e => e.ConfirmationNumber == stored.ConfirmationNumber);
        Assert.Equal((AppointmentStatus.CheckedIn, (DateTimeOffset?)OnTheDay), (entry.Status, entry.OutcomeAt));
    }

    [Fact]
    public async Task Recording_again_keeps_the_first_outcome_and_writes_no_second_audit_entry()
    {
        var (user, appointment, _, _) = await ConfirmedAsync();
        fixture.SetClock(OnTheDay);
        await Send(new RecordCheckIn(officer, appointment, CheckInOutcome.NoShow, null));
        fixture.SetClock(OnTheDay + TimeSpan.FromMinutes(5));

        var again = await Send(new RecordCheckIn(Guid.CreateVersion7(), appointment, CheckInOutcome.Arrived, null));

        Assert.Equal(new RecordCheckInResult(new RecordedCheckIn(CheckInOutcome.NoShow, OnTheDay, officer, null), true), again);
        Assert.Equal(AppointmentStatus.NoShow, await fixture.QueryAsync(db => db.Appointments.Where(a => a.Id == appointment).Select(a => a.Status).SingleAsync()));
        Assert.Single(await AuditAsync(user, SchedulingAuditActions.CheckInRecorded));
    }

    [Fact]
    public async Task Two_officers_recording_at_once_get_one_outcome()
    {
        var (user, appointment, _, _) = await ConfirmedAsync();
        fixture.SetClock(OnTheDay);
        var officers = Enumerable.Range(0, 6).Select(_ => Guid.CreateVersion7()).ToList();

        var results = await AtOnce.RunAsync(officers.Select((o, i) => (Func<Task<RecordCheckInResult?>>)(() =>
            Send(new RecordCheckIn(o, appointment, i % 2 == 0 ? CheckInOutcome.Arrived : CheckInOutcome.NoShow, null)))));

        var winner = Assert.Single(results, r => !r!.AlreadyRecorded)!.Recorded;
        Assert.All(results, r => Assert.Equal(winner, r!.Recorded));
        Assert.Single(await AuditAsync(user, SchedulingAuditActions.CheckInRecorded));
    }

    [Fact]
    public async Task An_identity_mismatch_needs_a_note_and_keeps_it()
    {
        var (_, appointment, _, _) = await ConfirmedAsync();
        fixture.SetClock(OnTheDay);

        var refusal = await Refusals.OneOf(() => Send(new RecordCheckIn(officer, appointment, CheckInOutcome.IdentityMismatch, "  ")));
        var spanish = await Refusals.InSpanish(() => Refusals.OneOf(() => Send(new RecordCheckIn(officer, appointment, CheckInOutcome.IdentityMismatch, null))));
        var recorded = await Send(new RecordCheckIn(officer, appointment, CheckInOutcome.IdentityMismatch, "  The child is not the one in the passport photo. "));

        Assert.Equal(("Note", "Say in a few words what did not match."), refusal);
        Assert.Equal(("Note", "Indique en pocas palabras qué no coincidía."), spanish);
        Assert.Equal("The child is not the one in the passport photo.", recorded!.Recorded.Note);
        var stored = await fixture.QueryAsync(db => db.Appointments.SingleAsync(a => a.Id == appointment));
        Assert.Equal((AppointmentStatus.IdentityMismatch, "The child is not the one in the passport photo."), (stored.Status, stored.CheckInNote));
    }

    [Fact]
    public async Task No_outcome_is_taken_before_the_appointments_day_at_the_port()
    {
        var (_, appointment, _, _) = await ConfirmedAsync();
        // 23:30 on 8 December in San Ysidro, already 9 December in UTC and in the East.
        fixture.SetClock(new DateTimeOffset(2026, 12, 9, 7, 30, 0, TimeSpan.Zero));

        var refusal = await Refusals.OneOf(() => Send(new RecordCheckIn(officer, appointment, CheckInOutcome.NoShow, null)));
        var view = await Send(new ViewCheckIn(officer, appointment));

        Assert.StartsWith("This appointment is on", refusal.Message, StringComparison.Ordinal);
        Assert.False(view!.CanRecord);
        Assert.Equal(AppointmentStatus.Confirmed, await fixture.QueryAsync(db => db.Appointments.Where(a => a.Id == appointment).Select(a => a.Status).SingleAsync()));
    }
}
