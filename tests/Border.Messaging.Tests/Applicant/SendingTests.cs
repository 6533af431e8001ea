using Border.Messaging.Contracts;
using Border.Messaging.Tests.Support;
using Border.Testing;

namespace Border.Messaging.Tests.Applicant;

public sealed class SendingTests(MessagingFixture world) : IClassFixture<MessagingFixture>
{
    [Fact]
    public async Task Two_posts_of_the_same_new_conversation_form_at_once_make_one_conversation_and_both_show_it()
    {
        var applicant = MessagingFixture.NewApplicant();
        var key = Guid.NewGuid();
        StartConversation Post() => new(applicant, key, ConversationTopic.General, null, "Twice", "Sent on a weak connection", null);

        var results = await AtOnce.RunAsync(Enumerable.Range(0, 4).Select(_ => (Func<Task<MessageSent>>)(() => world.Host.SendAsync(Post()))));

        Assert.Single(results.Distinct());
        Assert.Equal(1, await world.CountAsync("SELECT count(*) FROM messaging.conversations WHERE applicant_id = $1", applicant));
        Assert.Equal(1, await world.CountAsync("SELECT count(*) FROM messaging.messages WHERE author_id = $1", applicant));
        Assert.Equal(results[0], await world.Host.SendAsync(Post()));
    }

    [Fact]
    public async Task Two_posts_of_the_same_reply_form_at_once_make_one_message()
    {
        var applicant = MessagingFixture.NewApplicant();
        var first = await world.AskAsync(applicant);
        var key = Guid.NewGuid();

        var results = await AtOnce.RunAsync(Enumerable.Range(0, 4).Select(_ =>
            (Func<Task<MessageSent?>>)(() => world.Host.SendAsync(new ReplyAsApplicant(applicant, key, first.ConversationId, "And one more thing", null)))));

        Assert.Single(results.Distinct());
        Assert.Equal(2, await world.CountAsync("SELECT count(*) FROM messaging.messages WHERE conversation_id = $1", first.ConversationId));
    }

    [Fact]
    public async Task The_daily_limits_refuse_with_a_clear_message_and_free_up_a_day_later()
    {
        var applicant = MessagingFixture.NewApplicant();
        for (var i = 0; i < MessagingFixture.ConversationsPerDay; i++)
        {
            await world.AskAsync(applicant);
        }

        var conversations = await Refusals.OneOf(() => world.AskAsync(applicant));
        Assert.Equal(("Subject", $"You can start at most {MessagingFixture.ConversationsPerDay} conversations a day. Try again tomorrow, or write in one you already have."), conversations);

        var open = (await world.Host.SendAsync(new ListMyConversations(applicant))).Items[0].Id;
        for (var i = MessagingFixture.ConversationsPerDay; i < MessagingFixture.MessagesPerDay; i++)
        {
            Assert.NotNull(await world.Host.SendAsync(new ReplyAsApplicant(applicant, Guid.NewGuid(), open, "More", null)));
        }

        var messages = await Refusals.OneOf(() => world.Host.SendAsync(new ReplyAsApplicant(applicant, Guid.NewGuid(), open, "Too many", null)));
        Assert.Equal(("Body", $"You can send at most {MessagingFixture.MessagesPerDay} messages a day. Try again tomorrow."), messages);

        world.Clock.Advance(TimeSpan.FromDays(1));
        Assert.NotNull(await world.Host.SendAsync(new ReplyAsApplicant(applicant, Guid.NewGuid(), open, "Next day", null)));
    }

    [Fact]
    public void The_defaults_are_twenty_conversations_and_a_hundred_messages_a_day_and_thirty_days_to_reopen()
    {
        var defaults = new MessagingOptions();

        Assert.Equal((20, 100, 30), (defaults.ConversationsPerDay, defaults.MessagesPerDay, defaults.ReopenDays));
    }

    [Fact]
    public async Task An_empty_message_or_subject_and_a_too_long_message_are_refused_by_their_field()
    {
        var applicant = MessagingFixture.NewApplicant();

        Assert.Equal(("Subject", "Write a subject."), await Refusals.OneOf(() =>
            world.Host.SendAsync(new StartConversation(applicant, Guid.NewGuid(), ConversationTopic.General, null, " ", "Hi", null))));
        Assert.Equal(("Body", "Write your message."), await Refusals.OneOf(() => world.AskAsync(applicant, "  ")));
        var tooLong = await Refusals.OneOf(() => world.AskAsync(applicant, new string('a', 4_001)));
        Assert.Equal("Body", tooLong.Field);
        Assert.StartsWith("The message must be at most 4", tooLong.Message, StringComparison.Ordinal);
        Assert.Equal(("CaseId", "Choose one of your cases."), await Refusals.OneOf(() =>
            world.Host.SendAsync(new StartConversation(applicant, Guid.NewGuid(), ConversationTopic.Case, Guid.NewGuid(), "My case", "Hi", null))));
    }
}
