using Border.Cases.Contracts;
using Border.Cases.Tests.Support;
using Border.Scheduling.Contracts;
using Border.Testing;
using Microsoft.EntityFrameworkCore;

namespace Border.Cases.Tests.Appointments;

public sealed class AppointmentMissedTests(CasesFixture world) : IClassFixture<CasesFixture>
{
    private Task NoShowAsync(Guid appointment) =>
        world.Host.SendAsync(new RecordCheckIn(Guid.CreateVersion7(), appointment, CheckInOutcome.NoShow, null));

    [Fact]
    public async Task A_missed_appointment_is_noted_once_as_missed_on_the_open_case_which_stays_open_and_a_second_delivery_changes_nothing()
    {
        var applicant = await world.ApplicantAsync(companions: 1);
        var (appointment, _) = await TestAppointments.ConfirmedForTodayAsync(world.Host.Services, applicant);
        await world.Host.DispatchOutboxAsync();
        var (_, id, _) = await world.SubmittedAsync(applicant);
        var slot = (await world.Host.SendAsync(new ViewCase(Guid.CreateVersion7(), id)))!.AppointmentAt;
        Assert.NotNull(slot);

        await NoShowAsync(appointment);
        await world.Host.DispatchOutboxAsync();

        var staff = (await world.Host.SendAsync(new ViewCase(Guid.CreateVersion7(), id)))!;
        Assert.Equal(CaseState.Submitted, staff.State);
        Assert.Null(staff.AppointmentAt);
        Assert.Equal(new LostAppointment(slot.Value, "San Ysidro", "America/Los_Angeles", AppointmentLoss.Missed), staff.LostAppointment);
        Assert.Single(staff.History, h => h.Kind == CaseEventKind.AppointmentMissed);
        Assert.DoesNotContain(staff.History, h => h.Kind == CaseEventKind.AppointmentCancelled);
        var mine = (await world.Host.SendAsync(new GetMyCase(applicant, id)))!;
        Assert.Equal(staff.LostAppointment, mine.LostAppointment);
        Assert.Single(mine.History, h => h.Kind == CaseEventKind.AppointmentMissed);
        Assert.Equal(1, await world.CountAsync("SELECT count(*) FROM cases.audit_entries WHERE action = $1 AND subject_id = $2", CaseAuditActions.AppointmentMissed, applicant));

        var eventId = await world.QueryAsync(db => db.Set<Border.Shared.Outbox.InboxMessage>()
            .Where(m => m.Handler == "AppointmentMissedHandler").Select(m => m.EventId).SingleAsync());
        await world.Host.PublishAsync(new AppointmentMissed(eventId, world.Clock.GetUtcNow(), applicant, appointment));

        Assert.Equal(1, await world.QueryAsync(db => db.Events.CountAsync(e => e.CaseId == id && e.Kind == CaseEventKind.AppointmentMissed)));
        Assert.Equal(1, await world.CountAsync("SELECT count(*) FROM cases.audit_entries WHERE action = $1 AND subject_id = $2", CaseAuditActions.AppointmentMissed, applicant));
    }

    [Fact]
    public async Task A_decided_case_is_left_as_it_was_and_a_new_confirmed_appointment_clears_the_missed_one()
    {
        var applicant = await world.ApplicantAsync(companions: 1);
        var (first, _) = await TestAppointments.ConfirmedForTodayAsync(world.Host.Services, applicant);
        await world.Host.DispatchOutboxAsync();
        var (_, decided, _) = await world.SubmittedAsync(applicant);
        var (officer, version) = await world.ClaimedAsync(decided);
        Assert.True(await world.Host.SendAsync(new DecideCase(officer, decided, version, DecisionOutcome.Approved, [], null)));
        var (_, open, _) = await world.SubmittedAsync(applicant);

        await NoShowAsync(first);
        await world.Host.DispatchOutboxAsync();

        var untouched = (await world.Host.SendAsync(new ViewCase(Guid.CreateVersion7(), decided)))!;
        Assert.Null(untouched.LostAppointment);
        Assert.DoesNotContain(untouched.History, h => h.Kind == CaseEventKind.AppointmentMissed);
        Assert.Equal(AppointmentLoss.Missed, (await world.Host.SendAsync(new ViewCase(Guid.CreateVersion7(), open)))!.LostAppointment?.How);

        var (second, _) = await TestAppointments.ConfirmedForTodayAsync(world.Host.Services, applicant);
        await world.Host.DispatchOutboxAsync();

        var view = (await world.Host.SendAsync(new ViewCase(Guid.CreateVersion7(), open)))!;
        Assert.Null(view.LostAppointment);
        Assert.NotNull(view.AppointmentAt);
        Assert.NotEqual(first, second);
        Assert.Null(await world.QueryAsync(db => db.Cases.Where(c => c.Id == open).Select(c => c.LostAppointmentHow).SingleAsync()));
    }
}
