using Border.Messaging.Contracts;
using Border.Messaging.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Border.Messaging.Tests.Staff;

/// <summary>The staff home page's counts: what the inbox's "Unassigned" and "Mine" views list.</summary>
public sealed class InboxWaitingTests(MessagingFixture world) : IClassFixture<MessagingFixture>
{
    [Fact]
    public async Task Waiting_conversations_are_counted_as_the_inbox_lists_them_and_the_officer_s_own_apart()
    {
        var officer = Guid.CreateVersion7();
        var before = await world.Host.SendAsync(new CountInboxWaiting(officer));
        await world.AskAsync(MessagingFixture.NewApplicant());
        var taken = await world.AskAsync(MessagingFixture.NewApplicant());
        var answered = await world.AskAsync(MessagingFixture.NewApplicant());
        Assert.True(await world.Host.SendAsync(new AssignToMe(officer, taken.ConversationId)));
        Assert.NotNull(await world.Host.SendAsync(new ReplyAsOfficer(officer, Guid.NewGuid(), answered.ConversationId, "It is on the 8th.", null)));

        var after = await world.Host.SendAsync(new CountInboxWaiting(officer));

        Assert.Equal(new InboxWaiting(before.Unassigned + 1, 1), after);
        Assert.Equal(after.Unassigned, (await world.Host.SendAsync(new ListInbox(officer, InboxView.Unassigned))).Items.Count);
        Assert.Equal(new InboxWaiting(after.Unassigned, 0), await world.Host.SendAsync(new CountInboxWaiting(Guid.CreateVersion7())));
    }

    [Fact]
    public async Task At_a_port_only_the_conversations_the_inbox_lists_for_that_port_are_counted()
    {
        var officer = Guid.CreateVersion7();
        var atNogales = await world.AskAsync(MessagingFixture.NewApplicant());
        await world.AskAsync(MessagingFixture.NewApplicant());
        await using (var command = world.Host.Services.GetRequiredService<NpgsqlDataSource>().CreateCommand(
            "UPDATE messaging.conversations SET port_code = 'nogales' WHERE id = $1"))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = atNogales.ConversationId });
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }

        var atPort = await world.Host.SendAsync(new CountInboxWaiting(officer, "nogales"));
        var everywhere = await world.Host.SendAsync(new CountInboxWaiting(officer));

        Assert.Equal((await world.Host.SendAsync(new ListInbox(officer, InboxView.Unassigned, "nogales"))).Items.Count, atPort.Unassigned);
        Assert.InRange(atPort.Unassigned, 1, everywhere.Unassigned - 1);
    }
}
