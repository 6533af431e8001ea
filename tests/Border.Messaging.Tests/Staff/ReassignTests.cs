using Border.Accounts.Contracts;
using Border.Messaging.Contracts;
using Border.Messaging.Tests.Support;
using Border.Testing;

namespace Border.Messaging.Tests.Staff;

/// <summary>Handing a conversation to another officer: the demo officer and supervisor are the active staff.</summary>
public sealed class ReassignTests(MessagingFixture world) : IClassFixture<MessagingFixture>
{
    private async Task<(Guid Officer, Guid Supervisor)> StaffAsync()
    {
        await world.Host.SendAsync(new SeedDemoAccounts());
        return (await TestAccounts.IdOfAsync(world.Host.Services, "officer@border.test"), await TestAccounts.IdOfAsync(world.Host.Services, "supervisor@border.test"));
    }

    [Fact]
    public async Task Officers_reassigning_at_once_have_one_winner_and_each_loser_is_told_it_changed()
    {
        var (officer, supervisor) = await StaffAsync();
        var sent = await world.AskAsync(MessagingFixture.NewApplicant());
        Assert.True(await world.Host.SendAsync(new AssignToMe(officer, sent.ConversationId)));
        var actors = Enumerable.Range(0, 8).Select(_ => Guid.CreateVersion7()).ToArray();

        // Each saw it with the officer and hands it to the supervisor.
        var results = await AtOnce.RunAsync(actors.Select(actor => (Func<Task<Reassignment>>)(() =>
            world.Host.SendAsync(new ReassignConversation(actor, sent.ConversationId, officer, supervisor)))));

        Assert.Equal(1, results.Count(r => r == Reassignment.Reassigned));
        Assert.Equal(7, results.Count(r => r == Reassignment.ChangedMeanwhile));
        var view = (await world.Host.SendAsync(new ViewConversation(officer, sent.ConversationId)))!;
        Assert.Equal((ConversationState.Assigned, (Guid?)supervisor), (view.State, view.AssignedTo));
        Assert.Equal(1, await world.CountAsync(
            "SELECT count(*) FROM messaging.audit_entries WHERE action = $1 AND subject_id = (SELECT applicant_id FROM messaging.conversations WHERE id = $2)",
            MessagingAuditActions.Reassigned, sent.ConversationId));
    }

    [Fact]
    public async Task A_reassignment_read_before_someone_took_it_overwrites_nobody_and_an_unassigned_one_becomes_assigned()
    {
        var (officer, supervisor) = await StaffAsync();
        var taken = await world.AskAsync(MessagingFixture.NewApplicant());
        var colleague = Guid.CreateVersion7();
        Assert.True(await world.Host.SendAsync(new AssignToMe(colleague, taken.ConversationId)));

        // The supervisor read the page while nobody had it.
        Assert.Equal(Reassignment.ChangedMeanwhile, await world.Host.SendAsync(new ReassignConversation(supervisor, taken.ConversationId, null, officer)));
        Assert.Equal(colleague, (await world.Host.SendAsync(new ViewConversation(supervisor, taken.ConversationId)))!.AssignedTo);

        var waiting = await world.AskAsync(MessagingFixture.NewApplicant());
        Assert.Equal(Reassignment.Reassigned, await world.Host.SendAsync(new ReassignConversation(supervisor, waiting.ConversationId, null, officer)));
        Assert.Contains(waiting.ConversationId, (await world.Host.SendAsync(new ListInbox(officer, InboxView.Mine))).Items.Select(i => i.Id));

        Assert.True(await world.Host.SendAsync(new CloseConversation(officer, waiting.ConversationId)));
        Assert.Equal(Reassignment.NotFound, await world.Host.SendAsync(new ReassignConversation(supervisor, waiting.ConversationId, officer, supervisor)));
    }

    [Fact]
    public async Task Only_active_officers_are_offered_by_the_name_they_chose_and_anyone_else_is_refused()
    {
        var (officer, supervisor) = await StaffAsync();
        await world.Host.SendAsync(new SetOfficerName(officer, officer, "Marta"));
        var admin = await TestAccounts.IdOfAsync(world.Host.Services, "admin@border.test");

        var offered = await world.Host.SendAsync(new ListAssignableOfficers());

        Assert.Equal("Marta", offered.Single(o => o.StaffId == officer).Name);
        Assert.Equal(("supervisor@border.test", (string?)null), (offered.Single(o => o.StaffId == supervisor).Email, offered.Single(o => o.StaffId == supervisor).Name));
        Assert.DoesNotContain(offered, o => o.StaffId == admin);
        var sent = await world.AskAsync(MessagingFixture.NewApplicant());
        var refused = await Refusals.OneOf(() => world.Host.SendAsync(new ReassignConversation(supervisor, sent.ConversationId, null, admin)));
        Assert.Equal(("ToStaffId", "Choose an active officer."), refused);
        Assert.Equal(ConversationState.Unassigned, (await world.Host.SendAsync(new ViewConversation(supervisor, sent.ConversationId)))!.State);
    }
}
