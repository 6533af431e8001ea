using System.Text.Json;
using Border.Accounts.Contracts.Profile;
using Border.Scheduling.Contracts;
using Border.Scheduling.Tests.Support;
using Border.Shared.Outbox;
using Border.Testing;
using Microsoft.EntityFrameworkCore;

namespace Border.Scheduling.Tests.CheckIn;

/// <summary>A recorded no-show tells the other modules the appointment was missed, once, through the outbox.</summary>
public sealed class NoShowEventTests(SchedulingFixture fixture) : IClassFixture<SchedulingFixture>
{
    private static readonly DateTimeOffset Now = SchedulingFixture.InWindow;

    /// <summary>08:00 in San Ysidro (PST) on Wednesday 9 December 2026.</summary>
    private static readonly DateTimeOffset OnTheDay = new(2026, 12, 9, 16, 0, 0, TimeSpan.Zero);

    private readonly Guid officer = Guid.CreateVersion7();

    private Task<T> Send<T>(MediatR.IRequest<T> request) => fixture.Host.SendAsync(request);

    /// <summary>An applicant alone, confirmed for 9 December at San Ysidro through every step.</summary>
    private async Task<(Guid User, Guid Appointment)> ConfirmedAsync()
    {
        fixture.SetClock(Now);
        var user = await TestApplicants.ReadyAsync(fixture.Host.Services);
        Guid[] travellers = [user, .. (await Send(new GetProfile(user))).Members.Select(m => m.Id)];
        var offer = await fixture.InsertOfferAsync("san-ysidro", new DateOnly(2026, 12, 9), user, travellers, Now + TimeSpan.FromHours(20));
        Assert.True(await Send(new AcceptOffer(user, offer)));
        for (var number = 1; number <= travellers.Length; number++)
        {
            Assert.True(await Send(new RecordLivePhoto(user, offer, number, null, CannotTake: true)));
        }

        Assert.True(await Send(new CheckOfferLocation(user, offer, "BCN", null, null)));
        Assert.True(await Send(new ReviewOffer(user, offer)));
        Assert.NotNull(await Send(new ConfirmOffer(user, offer)));
        fixture.SetClock(OnTheDay);
        return (user, offer);
    }

    private async Task<List<AppointmentMissed>> MissedAsync(Guid appointment) =>
        (await fixture.QueryAsync(db => db.Set<OutboxMessage>().Where(m => m.Type == IntegrationEventRegistry.NameOf<AppointmentMissed>()).ToListAsync()))
            .Select(m => JsonSerializer.Deserialize<AppointmentMissed>(m.Payload)!)
            .Where(e => e.AppointmentId == appointment)
            .ToList();

    [Fact]
    public async Task Recording_a_no_show_queues_one_appointment_missed_and_recording_again_queues_no_other()
    {
        var (user, appointment) = await ConfirmedAsync();

        await Send(new RecordCheckIn(officer, appointment, CheckInOutcome.NoShow, null));
        await Send(new RecordCheckIn(Guid.CreateVersion7(), appointment, CheckInOutcome.NoShow, null));

        var missed = Assert.Single(await MissedAsync(appointment));
        Assert.Equal((user, appointment, OnTheDay), (missed.ApplicantId, missed.AppointmentId, missed.OccurredAt));
    }

    [Theory]
    [InlineData(CheckInOutcome.Arrived)]
    [InlineData(CheckInOutcome.IdentityMismatch)]
    public async Task Any_other_outcome_queues_no_appointment_missed(CheckInOutcome outcome)
    {
        var (_, appointment) = await ConfirmedAsync();

        await Send(new RecordCheckIn(officer, appointment, outcome, "The face does not match."));

        Assert.Empty(await MissedAsync(appointment));
    }

    [Fact]
    public async Task Officers_racing_to_record_a_no_show_queue_one_appointment_missed_from_the_winner_only()
    {
        var (_, appointment) = await ConfirmedAsync();
        var officers = Enumerable.Range(0, 6).Select(_ => Guid.CreateVersion7()).ToList();

        var results = await AtOnce.RunAsync(officers.Select(o => (Func<Task<RecordCheckInResult?>>)(() =>
            Send(new RecordCheckIn(o, appointment, CheckInOutcome.NoShow, null)))));

        Assert.Single(results, r => !r!.AlreadyRecorded);
        Assert.Single(await MissedAsync(appointment));
    }
}
