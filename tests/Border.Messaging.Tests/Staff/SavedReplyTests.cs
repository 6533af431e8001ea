using Border.Messaging.Contracts;
using Border.Messaging.Tests.Support;
using Border.Testing;

namespace Border.Messaging.Tests.Staff;

public sealed class SavedReplyTests(MessagingFixture world) : IClassFixture<MessagingFixture>
{
    [Fact]
    public async Task A_saved_reply_is_added_changed_and_removed_with_each_step_audited()
    {
        var supervisor = Guid.CreateVersion7();

        var id = await world.Host.SendAsync(new SaveSavedReply(supervisor, null, "Bring documents", "Bring your passport.", "Traiga su pasaporte."));
        Assert.NotNull(await world.Host.SendAsync(new SaveSavedReply(supervisor, id, "Bring documents", "Bring your passport and a photo.", "Traiga su pasaporte y una foto.")));

        var reply = await world.Host.SendAsync(new GetSavedReply(id!.Value));
        Assert.Equal(new SavedReplyView(id.Value, "Bring documents", "Bring your passport and a photo.", "Traiga su pasaporte y una foto."), reply);
        Assert.Contains(reply, await world.Host.SendAsync(new ListSavedReplies()));

        Assert.True(await world.Host.SendAsync(new RemoveSavedReply(supervisor, id.Value)));
        Assert.False(await world.Host.SendAsync(new RemoveSavedReply(supervisor, id.Value)));
        Assert.Null(await world.Host.SendAsync(new GetSavedReply(id.Value)));
        Assert.Null(await world.Host.SendAsync(new SaveSavedReply(supervisor, id, "Gone", "Gone", "Ido")));
        foreach (var action in new[] { MessagingAuditActions.SavedReplyAdded, MessagingAuditActions.SavedReplyChanged, MessagingAuditActions.SavedReplyRemoved })
        {
            Assert.Equal(1, await world.CountAsync("SELECT count(*) FROM messaging.audit_entries WHERE actor_id = $1 AND action = $2", supervisor, action));
        }
    }

    [Fact]
    public async Task A_saved_reply_needs_a_title_and_both_languages()
    {
        var refused = await Assert.ThrowsAsync<Border.Shared.Validation.RequestValidationException>(() =>
            world.Host.SendAsync(new SaveSavedReply(Guid.CreateVersion7(), null, " ", "Only English", " ")));

        Assert.Equal(
            [("Title", "Write a title."), ("Spanish", "Write the reply in Spanish.")],
            refused.Failures.Select(f => (f.Field, f.Message)));
    }

    [Fact]
    public async Task A_saved_reply_is_given_in_the_language_of_the_conversations_applicant()
    {
        var id = (await world.Host.SendAsync(new SaveSavedReply(Guid.CreateVersion7(), null, "Hours", "We open at 8.", "Abrimos a las 8.")))!.Value;
        var spanish = await TestApplicants.RegisterAsync(world.Host.Services, culture: "es");
        var english = await TestApplicants.RegisterAsync(world.Host.Services, culture: "en");
        var inSpanish = await world.AskAsync(spanish);
        var inEnglish = await world.AskAsync(english);

        Assert.Equal("Abrimos a las 8.", await world.Host.SendAsync(new SavedReplyFor(id, inSpanish.ConversationId)));
        Assert.Equal("We open at 8.", await world.Host.SendAsync(new SavedReplyFor(id, inEnglish.ConversationId)));
        Assert.Null(await world.Host.SendAsync(new SavedReplyFor(id, Guid.CreateVersion7())));
    }
}
