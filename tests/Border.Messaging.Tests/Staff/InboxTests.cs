using Border.Messaging.Contracts;
using Border.Messaging.Tests.Support;
using Border.Testing;

namespace Border.Messaging.Tests.Staff;

public sealed class InboxTests(MessagingFixture world) : IClassFixture<MessagingFixture>
{
    [Fact]
    public async Task Officers_assigning_at_once_have_one_winner_and_the_conversation_is_theirs()
    {
        var sent = await world.AskAsync(MessagingFixture.NewApplicant());
        var officers = Enumerable.Range(0, 8).Select(_ => Guid.CreateVersion7()).ToArray();

        var results = await AtOnce.RunAsync(officers.Select(o => (Func<Task<bool>>)(() => world.Host.SendAsync(new AssignToMe(o, sent.ConversationId)))));

        Assert.Equal(1, results.Count(r => r));
        var winner = officers[Array.IndexOf(results, true)];
        var view = await world.Host.SendAsync(new ViewConversation(winner, sent.ConversationId));
        Assert.Equal((ConversationState.Assigned, (Guid?)winner), (view!.State, view.AssignedTo));
        Assert.Contains(sent.ConversationId, (await world.Host.SendAsync(new ListInbox(winner, InboxView.Mine))).Items.Select(i => i.Id));
        Assert.DoesNotContain(sent.ConversationId, (await world.Host.SendAsync(new ListInbox(winner, InboxView.Unassigned))).Items.Select(i => i.Id));
    }

    [Fact]
    public async Task A_reply_within_thirty_days_of_closing_reopens_the_conversation_and_later_starts_a_new_one()
    {
        world.SetClock(MessagingFixture.Start);
        var applicant = MessagingFixture.NewApplicant();
        var officer = Guid.CreateVersion7();
        var sent = await world.AskAsync(applicant);
        Assert.NotNull(await world.Host.SendAsync(new ReplyAsOfficer(officer, Guid.NewGuid(), sent.ConversationId, "It is on the 8th.", null)));
        Assert.True(await world.Host.SendAsync(new CloseConversation(officer, sent.ConversationId)));

        world.Clock.Advance(TimeSpan.FromDays(30));
        var reopened = await world.Host.SendAsync(new ReplyAsApplicant(applicant, Guid.NewGuid(), sent.ConversationId, "Thanks, one more question", null));

        Assert.Equal(sent.ConversationId, reopened!.ConversationId);
        var view = await world.Host.SendAsync(new GetMyConversation(applicant, sent.ConversationId));
        Assert.Equal((ConversationState.Assigned, (Guid?)officer), (view!.State, view.AssignedTo));

        Assert.True(await world.Host.SendAsync(new CloseConversation(officer, sent.ConversationId)));
        world.Clock.Advance(TimeSpan.FromDays(30) + TimeSpan.FromMinutes(1));
        var later = await world.Host.SendAsync(new ReplyAsApplicant(applicant, Guid.NewGuid(), sent.ConversationId, "Months later", null));

        Assert.NotEqual(sent.ConversationId, later!.ConversationId);
        Assert.Equal(ConversationState.Closed, (await world.Host.SendAsync(new GetMyConversation(applicant, sent.ConversationId)))!.State);
        var successor = (await world.Host.SendAsync(new GetMyConversation(applicant, later.ConversationId)))!;
        Assert.Equal((ConversationState.Unassigned, "A question", "Months later"), (successor.State, successor.Subject, Assert.Single(successor.Messages).Body));
    }

    [Fact]
    public async Task The_inbox_puts_the_longest_waiting_first_filters_by_topic_and_pages_by_keyset()
    {
        var topic = ConversationTopic.Appointment;
        var ids = new List<Guid>();
        for (var i = 0; i < 27; i++)
        {
            world.Clock.Advance(TimeSpan.FromMinutes(1));
            ids.Add((await world.Host.SendAsync(new StartConversation(MessagingFixture.NewApplicant(), Guid.NewGuid(), topic, null, $"Q{i}", "When?", null))).ConversationId);
        }

        var officer = Guid.CreateVersion7();
        var first = await world.Host.SendAsync(new ListInbox(officer, InboxView.Unassigned, Topic: topic));
        var second = await world.Host.SendAsync(new ListInbox(officer, InboxView.Unassigned, Topic: topic, After: first.Next));

        Assert.Equal(ids, [.. first.Items.Concat(second.Items).Select(i => i.Id)]);
        Assert.Null(second.Next);
        Assert.Empty((await world.Host.SendAsync(new ListInbox(officer, InboxView.Unassigned, PortCode: "nowhere", Topic: topic))).Items);
    }

    [Fact]
    public async Task An_officers_answer_tells_the_applicant_by_email_with_a_link_and_never_the_text()
    {
        var applicant = await TestApplicants.ReadyAsync(world.Host.Services);
        var sent = await world.AskAsync(applicant, "Is my group complete?");
        const string secret = "Your cousin's passport number ends in 4417";

        Assert.NotNull(await world.Host.SendAsync(new ReplyAsOfficer(Guid.CreateVersion7(), Guid.NewGuid(), sent.ConversationId, secret, null)));
        await world.Host.DispatchOutboxAsync();
        await world.Host.SendAsync(new Border.Notifications.Contracts.DeliverEmails());

        var emails = Directory.GetFiles(world.MailFolder).Select(f => Testing.Smtp.MimePart.Parse(File.ReadAllText(f))).ToList();
        var texts = emails.SelectMany(e => e.Descendants()).Where(p => p.Parts.Count == 0).Select(p => p.Text).ToList();
        Assert.Contains(texts, t => t.Contains($"/messages/{sent.ConversationId}", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("An officer answered your message.", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("4417", StringComparison.Ordinal) || t.Contains("cousin", StringComparison.Ordinal));
        Assert.Equal(1, await world.CountAsync("SELECT count(*) FROM messaging.conversations WHERE applicant_id = $1 AND unread_by_applicant", applicant));
    }
}
