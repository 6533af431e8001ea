using Border.Messaging.Contracts;
using Border.Messaging.Tests.Support;
using Border.Testing;

namespace Border.Messaging.Tests.Applicant;

public sealed class PrivacyTests(MessagingFixture world) : IClassFixture<MessagingFixture>
{
    [Fact]
    public async Task Another_applicants_conversation_and_attachment_are_not_found_and_cannot_be_answered()
    {
        var owner = MessagingFixture.NewApplicant();
        var stranger = MessagingFixture.NewApplicant();
        var sent = await world.AskAsync(owner, "My passport", new MessageFile(new MemoryStream(TestImages.Png), TestImages.Png.Length));
        var attachment = Assert.Single(Assert.Single((await world.Host.SendAsync(new GetMyConversation(owner, sent.ConversationId)))!.Messages).Attachments);

        Assert.Null(await world.Host.SendAsync(new GetMyConversation(stranger, sent.ConversationId)));
        Assert.Null(await world.Host.SendAsync(new OpenMyAttachment(stranger, sent.ConversationId, attachment.Id)));
        Assert.Null(await world.Host.SendAsync(new ReplyAsApplicant(stranger, Guid.NewGuid(), sent.ConversationId, "Hello", null)));
        Assert.Empty((await world.Host.SendAsync(new ListMyConversations(stranger))).Items);

        var file = await world.Host.SendAsync(new OpenMyAttachment(owner, sent.ConversationId, attachment.Id));
        Assert.Equal("image/png", file!.ContentType);
        Assert.Equal(1, await world.CountAsync("SELECT count(*) FROM messaging.messages WHERE conversation_id = $1", sent.ConversationId));
    }

    [Fact]
    public async Task An_attachment_is_stored_encrypted_and_a_file_that_is_not_an_image_or_pdf_is_refused_by_the_field()
    {
        var applicant = MessagingFixture.NewApplicant();
        var text = "plain text pretending"u8.ToArray();

        var refused = await Refusals.OneOf(() => world.AskAsync(applicant, "Here", new MessageFile(new MemoryStream(text), text.Length)));

        Assert.Equal("File1", refused.Field);
        Assert.Equal(0, await world.CountAsync("SELECT count(*) FROM messaging.conversations WHERE applicant_id = $1", applicant));
        var sent = await world.AskAsync(applicant, "Here", new MessageFile(new MemoryStream(TestImages.Png), TestImages.Png.Length));
        Assert.Equal(0, await world.CountAsync(
            "SELECT count(*) FROM messaging.attachments WHERE conversation_id = $1 AND position('\\x89504e47'::bytea in ciphertext) = 1", sent.ConversationId));
        Assert.Equal(1, await world.CountAsync("SELECT count(*) FROM messaging.attachments WHERE conversation_id = $1", sent.ConversationId));
    }

    [Fact]
    public async Task An_officer_opening_a_conversation_or_an_attachment_is_audited_with_the_applicant_as_subject()
    {
        var applicant = MessagingFixture.NewApplicant();
        var officer = Guid.CreateVersion7();
        var sent = await world.AskAsync(applicant, "See the scan", new MessageFile(new MemoryStream(TestImages.Png), TestImages.Png.Length));

        var view = await world.Host.SendAsync(new ViewConversation(officer, sent.ConversationId));
        var attachment = Assert.Single(Assert.Single(view!.Messages).Attachments);
        Assert.NotNull(await world.Host.SendAsync(new OpenAttachment(officer, sent.ConversationId, attachment.Id)));

        Assert.Equal(1, await world.CountAsync(
            "SELECT count(*) FROM messaging.audit_entries WHERE actor_id = $1 AND subject_id = $2 AND action = $3", officer, applicant, MessagingAuditActions.Viewed));
        Assert.Equal(1, await world.CountAsync(
            "SELECT count(*) FROM messaging.audit_entries WHERE actor_id = $1 AND subject_id = $2 AND action = $3", officer, applicant, MessagingAuditActions.AttachmentOpened));
    }
}
