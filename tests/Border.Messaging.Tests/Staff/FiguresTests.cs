using Border.Messaging.Contracts;
using Border.Messaging.Tests.Support;
using Border.Testing;

namespace Border.Messaging.Tests.Staff;

/// <summary>The supervisors' figures, from known conversations in a database of this class's own (one test, so nothing else adds to it).</summary>
public sealed class FiguresTests(MessagingFixture world) : IClassFixture<MessagingFixture>
{
    [Fact]
    public async Task The_median_first_answer_is_taken_from_each_first_applicant_message_over_answers_of_the_last_30_days()
    {
        var officer = Guid.CreateVersion7();
        var start = MessagingFixture.Start;

        // Answered 40 days before "now": outside the window.
        world.SetClock(start);
        var old = await world.AskAsync(MessagingFixture.NewApplicant());
        world.SetClock(start.AddMinutes(5));
        await Answer(old.ConversationId);
        Assert.True(await world.Host.SendAsync(new CloseConversation(officer, old.ConversationId)));

        var t = start.AddDays(40);
        var answeredAfter = new[] { TimeSpan.FromHours(1), TimeSpan.FromHours(3), TimeSpan.FromDays(2) };
        var asked = new List<Guid>();
        world.SetClock(t);
        foreach (var _ in answeredAfter)
        {
            asked.Add((await world.AskAsync(MessagingFixture.NewApplicant())).ConversationId);
        }

        // An officer wrote first; the applicant answered an hour later and the officer six hours after that.
        var applicant = await TestApplicants.ReadyAsync(world.Host.Services);
        var started = await world.Host.SendAsync(new StartConversationAsOfficer(officer, Guid.NewGuid(), applicant, null, "Hello", "Hi", null));
        world.SetClock(t.AddHours(1));
        Assert.NotNull(await world.Host.SendAsync(new ReplyAsApplicant(applicant, Guid.NewGuid(), started.ConversationId, "Hello to you", null)));
        world.SetClock(t.AddHours(7));
        await Answer(started.ConversationId);

        for (var i = 0; i < asked.Count; i++)
        {
            world.SetClock(t + answeredAfter[i]);
            await Answer(asked[i]);

            // A second answer does not move the first.
            world.Clock.Advance(TimeSpan.FromMinutes(1));
            await Answer(asked[i]);
        }

        world.SetClock(t.AddDays(3));
        await world.AskAsync(MessagingFixture.NewApplicant());
        Assert.True(await world.Host.SendAsync(new AssignToMe(officer, (await world.AskAsync(MessagingFixture.NewApplicant())).ConversationId)));

        var figures = await world.Host.SendAsync(new GetInboxFigures());

        // First answers after 1 h, 3 h, 6 h and 2 days: halfway between the two middle ones, 4 h 30 min.
        Assert.Equal(new InboxFigures(1, 1, 4, TimeSpan.FromMinutes(270), 4), figures);

        // Once the old answers leave the window, none is left.
        world.SetClock(t.AddDays(33));
        Assert.Equal(((TimeSpan?)null, 0), ((await world.Host.SendAsync(new GetInboxFigures())).MedianFirstAnswer, (await world.Host.SendAsync(new GetInboxFigures())).Answered));

        async Task Answer(Guid conversation) =>
            Assert.NotNull(await world.Host.SendAsync(new ReplyAsOfficer(officer, Guid.NewGuid(), conversation, "Answer", null)));
    }
}
