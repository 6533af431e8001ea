using Border.Accounts.Contracts.Profile;
using Border.Scheduling.Contracts;
using Border.Scheduling.Tests.Support;
using Border.Testing;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Border.Scheduling.Tests.Confirmation;

public sealed class GroupFreezeTests(SchedulingFixture fixture) : IClassFixture<SchedulingFixture>
{
    private async Task PublishAsync(INotification notification)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Publish(notification);
    }

    private async Task<bool> FrozenAsync(Guid user) => (await fixture.Host.SendAsync(new GetProfile(user))).GroupFrozen;

    [Fact]
    public async Task Accounts_freezes_the_group_on_confirmation_frees_it_on_cancellation_and_ignores_a_redelivered_event()
    {
        fixture.SetClock(SchedulingFixture.InWindow);
        var user = await TestApplicants.ReadyAsync(fixture.Host.Services);
        var appointment = Guid.CreateVersion7();
        var confirmed = new AppointmentConfirmed(Guid.CreateVersion7(), SchedulingFixture.InWindow, user, appointment);

        await PublishAsync(confirmed);
        Assert.True(await FrozenAsync(user));

        await PublishAsync(new AppointmentCancelled(Guid.CreateVersion7(), SchedulingFixture.InWindow, user, Guid.CreateVersion7()));
        Assert.True(await FrozenAsync(user));

        await PublishAsync(new AppointmentCancelled(Guid.CreateVersion7(), SchedulingFixture.InWindow, user, appointment));
        Assert.False(await FrozenAsync(user));

        await PublishAsync(confirmed);
        Assert.False(await FrozenAsync(user));
    }

    [Fact]
    public async Task A_no_show_frees_the_group_frozen_for_that_appointment_once()
    {
        fixture.SetClock(SchedulingFixture.InWindow);
        var user = await TestApplicants.ReadyAsync(fixture.Host.Services);
        var appointment = Guid.CreateVersion7();
        await PublishAsync(new AppointmentConfirmed(Guid.CreateVersion7(), SchedulingFixture.InWindow, user, appointment));

        await PublishAsync(new AppointmentMissed(Guid.CreateVersion7(), SchedulingFixture.InWindow, user, Guid.CreateVersion7()));
        Assert.True(await FrozenAsync(user));

        var missed = new AppointmentMissed(Guid.CreateVersion7(), SchedulingFixture.InWindow, user, appointment);
        await PublishAsync(missed);
        Assert.False(await FrozenAsync(user));

        await PublishAsync(new AppointmentConfirmed(Guid.CreateVersion7(), SchedulingFixture.InWindow, user, appointment));
        await PublishAsync(missed);
        Assert.True(await FrozenAsync(user));
    }
}
