using Border.Accounts.Contracts;
using Border.Messaging.Contracts;
using Border.Messaging.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Border.Messaging.Tests.Staff;

public sealed class DisabledOfficerTests(MessagingFixture world) : IClassFixture<MessagingFixture>
{
    [Fact]
    public async Task Disabling_an_officer_sends_their_conversations_back_to_unassigned_once_and_audits_each()
    {
        var admin = Guid.CreateVersion7();
        var officer = await world.Host.SendAsync(new InviteStaff(admin, $"officer.{Guid.NewGuid():N}@border.test", Roles.Officer, "en"));
        var colleague = Guid.CreateVersion7();
        var taken = await world.AskAsync(MessagingFixture.NewApplicant());
        var applicant = MessagingFixture.NewApplicant();
        var answered = await world.AskAsync(applicant);
        var theirs = await world.AskAsync(MessagingFixture.NewApplicant());
        Assert.True(await world.Host.SendAsync(new AssignToMe(officer, taken.ConversationId)));
        Assert.True(await world.Host.SendAsync(new AssignToMe(officer, answered.ConversationId)));
        Assert.NotNull(await world.Host.SendAsync(new ReplyAsOfficer(officer, Guid.NewGuid(), answered.ConversationId, "It is on the 8th.", null)));
        Assert.True(await world.Host.SendAsync(new AssignToMe(colleague, theirs.ConversationId)));

        await world.Host.SendAsync(new DisableAccount(admin, officer));
        await world.Host.DispatchOutboxAsync();

        var released = (await world.Host.SendAsync(new ViewConversation(colleague, taken.ConversationId)))!;
        Assert.Equal((ConversationState.Unassigned, (Guid?)null), (released.State, released.AssignedTo));
        Assert.Contains(taken.ConversationId, (await world.Host.SendAsync(new ListInbox(colleague, InboxView.Unassigned))).Items.Select(i => i.Id));
        var waiting = (await world.Host.SendAsync(new ViewConversation(colleague, answered.ConversationId)))!;
        Assert.Equal((ConversationState.WaitingOnApplicant, (Guid?)null), (waiting.State, waiting.AssignedTo));
        Assert.Equal(colleague, (await world.Host.SendAsync(new ViewConversation(colleague, theirs.ConversationId)))!.AssignedTo);
        Assert.Equal(2, await world.CountAsync("SELECT count(*) FROM messaging.audit_entries WHERE action = $1 AND actor_id = $2", MessagingAuditActions.Released, admin));

        // The applicant's next word lands with every officer, not with the disabled one.
        await world.Host.SendAsync(new ReplyAsApplicant(applicant, Guid.NewGuid(), answered.ConversationId, "Thank you, and the time?", null));
        Assert.Equal(ConversationState.Unassigned, (await world.Host.SendAsync(new ViewConversation(colleague, answered.ConversationId)))!.State);

        Assert.True(await world.Host.SendAsync(new AssignToMe(colleague, taken.ConversationId)));
        await world.Host.PublishAsync(new AccountDisabled(await EventIdAsync(), world.Clock.GetUtcNow(), colleague, admin));
        Assert.Equal(colleague, (await world.Host.SendAsync(new ViewConversation(colleague, taken.ConversationId)))!.AssignedTo);
    }

    private async Task<Guid> EventIdAsync()
    {
        await using var connection = await world.Host.Services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync();
        await using var command = new NpgsqlCommand(
            "SELECT event_id FROM messaging.inbox_messages WHERE handler = 'ReleaseDisabledOfficerConversationsHandler'", connection);
        return (Guid)(await command.ExecuteScalarAsync())!;
    }
}
