using Border.Messaging.Contracts;
using Border.Messaging.Tests.Support;
using Border.Testing;

namespace Border.Messaging.Tests.Applicant;

public sealed class AttachmentsTests(MessagingFixture world) : IClassFixture<MessagingFixture>
{
    private static MessageFile Png() => new(new MemoryStream(TestImages.Png), TestImages.Png.Length);

    private static MessageFile Pdf() => new(new MemoryStream(TestImages.Pdf), TestImages.Pdf.Length);

    private static MessageFile Empty() => new(null, 0);

    [Fact]
    public async Task A_message_carries_up_to_three_files_skipping_places_left_empty_and_each_opens_for_its_owner()
    {
        var applicant = MessagingFixture.NewApplicant();

        var sent = await world.AskAsync(applicant, "Passport, visa and a letter", Png(), Empty(), Pdf(), Png());

        var message = Assert.Single((await world.Host.SendAsync(new GetMyConversation(applicant, sent.ConversationId)))!.Messages);
        Assert.Equal(["application/pdf", "image/png", "image/png"], message.Attachments.Select(a => a.ContentType).Order());
        foreach (var attachment in message.Attachments)
        {
            var file = await world.Host.SendAsync(new OpenMyAttachment(applicant, sent.ConversationId, attachment.Id));
            Assert.Equal(attachment.ContentType, file!.ContentType);
        }

        Assert.Equal(3, await world.CountAsync("SELECT count(*) FROM messaging.attachments WHERE message_id = $1", sent.MessageId));
    }

    [Fact]
    public async Task A_fourth_file_is_refused_by_its_place_and_nothing_is_saved()
    {
        var applicant = MessagingFixture.NewApplicant();

        var refused = await Refusals.OneOf(() => world.AskAsync(applicant, "Many files", Png(), Png(), Png(), Png()));

        Assert.Equal(("File4", "Send at most 3 files with one message."), refused);
        Assert.Equal(0, await world.CountAsync("SELECT count(*) FROM messaging.conversations WHERE applicant_id = $1", applicant));
    }

    [Fact]
    public async Task A_bad_second_file_is_refused_by_its_place_and_neither_file_nor_the_message_is_saved()
    {
        var applicant = MessagingFixture.NewApplicant();
        var first = await world.AskAsync(applicant);
        var text = "not an image"u8.ToArray();

        var refused = await Refusals.OneOf(() => world.Host.SendAsync(new ReplyAsApplicant(
            applicant, Guid.NewGuid(), first.ConversationId, "Two files", [Png(), new MessageFile(new MemoryStream(text), text.Length)])));

        Assert.Equal(("File2", "The file must be a JPEG or PNG photo, or a PDF."), refused);
        Assert.Equal(1, await world.CountAsync("SELECT count(*) FROM messaging.messages WHERE conversation_id = $1", first.ConversationId));
        Assert.Equal(0, await world.CountAsync("SELECT count(*) FROM messaging.attachments WHERE conversation_id = $1", first.ConversationId));
    }

    [Fact]
    public async Task An_officer_answers_with_two_files_and_each_one_they_open_is_audited_while_another_applicant_gets_nothing()
    {
        var applicant = MessagingFixture.NewApplicant();
        var officer = Guid.CreateVersion7();
        var sent = await world.AskAsync(applicant);

        var answer = await world.Host.SendAsync(new ReplyAsOfficer(officer, Guid.NewGuid(), sent.ConversationId, "The forms", [Pdf(), Png()]));

        var view = await world.Host.SendAsync(new ViewConversation(officer, sent.ConversationId));
        var attachments = view!.Messages.Single(m => m.Id == answer!.MessageId).Attachments;
        Assert.Equal(2, attachments.Count);
        foreach (var attachment in attachments)
        {
            Assert.NotNull(await world.Host.SendAsync(new OpenAttachment(officer, sent.ConversationId, attachment.Id)));
            Assert.Null(await world.Host.SendAsync(new OpenMyAttachment(MessagingFixture.NewApplicant(), sent.ConversationId, attachment.Id)));
        }

        Assert.Equal(2, await world.CountAsync(
            "SELECT count(*) FROM messaging.audit_entries WHERE actor_id = $1 AND subject_id = $2 AND action = $3", officer, applicant, MessagingAuditActions.AttachmentOpened));
    }
}
