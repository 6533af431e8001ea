using Border.Accounts.Contracts;
using Border.Messaging.Contracts;
using Border.Messaging.Tests.Support;
using Border.Testing;

namespace Border.Messaging.Tests.Applicant;

/// <summary>Messaging's answer to a closed account, and its part of the person's own download.</summary>
public sealed class ClosedAccountTests(MessagingFixture world) : IClassFixture<MessagingFixture>
{
    [Fact]
    public async Task The_export_has_the_persons_conversations_with_every_message_and_nobody_elses()
    {
        var person = MessagingFixture.NewApplicant();
        var sent = await world.AskAsync(person, "My passport", new MessageFile(new MemoryStream(TestImages.Png), TestImages.Png.Length));
        world.Clock.Advance(TimeSpan.FromMinutes(5));
        await world.Host.SendAsync(new ReplyAsOfficer(Guid.CreateVersion7(), Guid.NewGuid(), sent.ConversationId, "We have it.", null));
        await world.AskAsync(MessagingFixture.NewApplicant(), "Someone else's question");

        var export = await world.Host.SendAsync(new ExportMyMessages(person));

        var conversation = Assert.Single(export.Conversations);
        Assert.Equal(
            [(false, "My passport", 1), (true, "We have it.", 0)],
            conversation.Messages.Select(m => (m.FromStaff, m.Body, m.Files.Count)));
    }

    [Fact]
    public async Task Closing_erases_the_persons_conversations_messages_and_attachments_and_leaves_others()
    {
        var (person, other) = (MessagingFixture.NewApplicant(), MessagingFixture.NewApplicant());
        await world.AskAsync(person, "My passport", new MessageFile(new MemoryStream(TestImages.Png), TestImages.Png.Length));
        await world.AskAsync(other, "Mine stays");
        var closed = new AccountClosed(Guid.CreateVersion7(), world.Clock.GetUtcNow(), person);

        await world.Host.PublishAsync(closed);
        await world.Host.PublishAsync(closed);

        Assert.Equal(0, await world.CountAsync("SELECT count(*) FROM messaging.conversations WHERE applicant_id = $1", person));
        Assert.Equal(0, await world.CountAsync("SELECT count(*) FROM messaging.messages WHERE author_id = $1", person));
        Assert.Equal(
            0,
            await world.CountAsync("SELECT count(*) FROM messaging.attachments a WHERE NOT EXISTS (SELECT 1 FROM messaging.conversations c WHERE c.id = a.conversation_id)"));
        Assert.Equal(1, await world.CountAsync("SELECT count(*) FROM messaging.conversations WHERE applicant_id = $1", other));
        Assert.Empty((await world.Host.SendAsync(new ListMyConversations(person))).Items);
    }
}
