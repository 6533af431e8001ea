using Border.Cases.Contracts;
using Border.Cases.Tests.Support;
using Border.Scheduling.Contracts;
using Border.Testing;
using Microsoft.EntityFrameworkCore;

namespace Border.Cases.Tests.Appointments;

public sealed class AppointmentCancelledTests(CasesFixture world) : IClassFixture<CasesFixture>
{
    [Fact]
    public async Task A_cancelled_appointment_is_noted_once_on_the_open_case_which_stays_open_and_a_second_delivery_changes_nothing()
    {
        var applicant = await world.ApplicantAsync(companions: 1);
        var (appointment, _) = await TestAppointments.ConfirmedForTodayAsync(world.Host.Services, applicant);
        await world.Host.DispatchOutboxAsync();
        var (_, id, _) = await world.SubmittedAsync(applicant);
        var slot = (await world.Host.SendAsync(new ViewCase(Guid.CreateVersion7(), id)))!.AppointmentAt;
        Assert.NotNull(slot);
        Assert.Null((await world.Host.SendAsync(new GetMyCase(applicant, id)))!.LostAppointment);

        Assert.True(await world.Host.SendAsync(new CancelAppointment(applicant, appointment)));
        await world.Host.DispatchOutboxAsync();

        var staff = (await world.Host.SendAsync(new ViewCase(Guid.CreateVersion7(), id)))!;
        Assert.Equal(CaseState.Submitted, staff.State);
        Assert.Null(staff.AppointmentAt);
        Assert.Equal(new LostAppointment(slot.Value, "San Ysidro", "America/Los_Angeles"), staff.LostAppointment);
        Assert.Single(staff.History, h => h.Kind == CaseEventKind.AppointmentCancelled);
        var mine = (await world.Host.SendAsync(new GetMyCase(applicant, id)))!;
        Assert.Equal(staff.LostAppointment, mine.LostAppointment);
        Assert.Single(mine.History, h => h.Kind == CaseEventKind.AppointmentCancelled);
        Assert.Equal(1, await world.CountAsync("SELECT count(*) FROM cases.audit_entries WHERE action = $1 AND subject_id = $2", CaseAuditActions.AppointmentCancelled, applicant));

        var eventId = await world.QueryAsync(db => db.Set<Border.Shared.Outbox.InboxMessage>()
            .Where(m => m.Handler == "AppointmentCancelledHandler").Select(m => m.EventId).SingleAsync());
        await world.Host.PublishAsync(new AppointmentCancelled(eventId, world.Clock.GetUtcNow(), applicant, appointment));

        Assert.Equal(1, await world.QueryAsync(db => db.Events.CountAsync(e => e.CaseId == id && e.Kind == CaseEventKind.AppointmentCancelled)));
        Assert.Equal(1, await world.CountAsync("SELECT count(*) FROM cases.audit_entries WHERE action = $1 AND subject_id = $2", CaseAuditActions.AppointmentCancelled, applicant));
    }

    [Fact]
    public async Task A_decided_case_is_left_as_it_was_and_a_new_confirmed_appointment_replaces_the_cancelled_one()
    {
        var applicant = await world.ApplicantAsync(companions: 1);
        var (first, _) = await TestAppointments.ConfirmedForTodayAsync(world.Host.Services, applicant);
        await world.Host.DispatchOutboxAsync();
        var (_, decided, _) = await world.SubmittedAsync(applicant);
        var (officer, version) = await world.ClaimedAsync(decided);
        Assert.True(await world.Host.SendAsync(new DecideCase(officer, decided, version, DecisionOutcome.Approved, [], null)));
        var (_, open, _) = await world.SubmittedAsync(applicant);

        Assert.True(await world.Host.SendAsync(new CancelAppointment(applicant, first)));
        await world.Host.DispatchOutboxAsync();

        Assert.Null((await world.Host.SendAsync(new ViewCase(Guid.CreateVersion7(), decided)))!.LostAppointment);
        Assert.NotNull((await world.Host.SendAsync(new ViewCase(Guid.CreateVersion7(), open)))!.LostAppointment);

        var (second, _) = await TestAppointments.ConfirmedForTodayAsync(world.Host.Services, applicant);
        await world.Host.DispatchOutboxAsync();

        var view = (await world.Host.SendAsync(new ViewCase(Guid.CreateVersion7(), open)))!;
        Assert.Null(view.LostAppointment);
        Assert.NotNull(view.AppointmentAt);
        Assert.NotEqual(first, second);
    }
}
