using Border.Accounts.Contracts;
using Border.Messaging.Contracts;
using Border.Messaging.Tests.Support;
using Border.Testing;

namespace Border.Messaging.Tests.Applicant;

/// <summary>The person's own download of their conversations, and what closing the account erases.</summary>
public sealed class ClosingTests(MessagingFixture world) : IClassFixture<MessagingFixture>
{
    [Fact]
    public async Task The_export_holds_each_conversation_with_its_messages_and_files()
    {
        var applicant = MessagingFixture.NewApplicant();
        var sent = await world.AskAsync(applicant, "My permit, attached.", new MessageFile(new MemoryStream(TestImages.Pdf), TestImages.Pdf.Length));
        world.SetClock(world.Clock.GetUtcNow().AddMinutes(5));
        Assert.NotNull(await world.Host.SendAsync(new ReplyAsOfficer(Guid.CreateVersion7(), Guid.NewGuid(), sent.ConversationId, "Thank you, received.", null)));
        await world.AskAsync(MessagingFixture.NewApplicant(), "Someone else's question.");

        var export = await world.Host.SendAsync(new ExportMyMessages(applicant));

        var conversation = Assert.Single(export.Conversations);
        Assert.Equal(("A question", ConversationState.WaitingOnApplicant), (conversation.Subject, conversation.State));
        Assert.Equal([(false, "My permit, attached."), (true, "Thank you, received.")], conversation.Messages.Select(m => (m.FromStaff, m.Body)));
        var file = Assert.Single(export.Files);
        Assert.Equal(TestImages.Pdf, file.Content);
        Assert.Equal([file.FileName], conversation.Messages[0].Files);
        Assert.Empty(conversation.Messages[1].Files);
    }

    [Fact]
    public async Task Closing_the_account_erases_its_conversations_messages_and_files_once_and_only_its_own()
    {
        var applicant = MessagingFixture.NewApplicant();
        var other = MessagingFixture.NewApplicant();
        var sent = await world.AskAsync(applicant, "Closing soon.", new MessageFile(new MemoryStream(TestImages.Pdf), TestImages.Pdf.Length));
        Assert.NotNull(await world.Host.SendAsync(new ReplyAsOfficer(Guid.CreateVersion7(), Guid.NewGuid(), sent.ConversationId, "Noted.", null)));
        var kept = await world.AskAsync(other, "Still here.", new MessageFile(new MemoryStream(TestImages.Pdf), TestImages.Pdf.Length));
        var closed = new AccountClosed(Guid.CreateVersion7(), world.Clock.GetUtcNow(), applicant);

        await world.Host.PublishAsync(closed);
        await world.Host.PublishAsync(closed);

        Assert.Empty((await world.Host.SendAsync(new ExportMyMessages(applicant))).Conversations);
        Assert.Equal(0, await world.CountAsync("SELECT count(*) FROM messaging.messages WHERE conversation_id = $1", sent.ConversationId));
        Assert.Equal(0, await world.CountAsync("SELECT count(*) FROM messaging.attachments WHERE conversation_id = $1", sent.ConversationId));
        Assert.Equal(0, await world.CountAsync("SELECT count(*) FROM messaging.form_keys WHERE conversation_id = $1", sent.ConversationId));
        Assert.Equal(2, await world.CountAsync(
            "SELECT (SELECT count(*) FROM messaging.messages WHERE conversation_id = $1) + (SELECT count(*) FROM messaging.attachments WHERE conversation_id = $1)",
            kept.ConversationId));
        Assert.Equal(1, await world.CountAsync("SELECT count(*) FROM messaging.inbox_messages WHERE event_id = $1", closed.EventId));
    }
}
