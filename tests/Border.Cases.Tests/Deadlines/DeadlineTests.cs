using Border.Cases.Contracts;
using Border.Cases.Tests.Support;
using Border.Notifications.Contracts;

namespace Border.Cases.Tests.Deadlines;

public sealed class DeadlineTests(CasesFixture world) : IClassFixture<CasesFixture>
{
    [Fact]
    public async Task Only_overdue_unanswered_requests_close_their_case_once_even_when_two_runs_overlap()
    {
        world.SetClock(CasesFixture.Start);
        var overdue = await AskedAsync();
        var answered = await AskedAsync();
        var answeredRequest = Assert.Single((await world.Host.SendAsync(new GetMyCase(answered.User, answered.Case)))!.DocumentRequests);
        Assert.True(await world.Host.SendAsync(new AnswerDocumentRequest(answered.User, answered.Case, answeredRequest.Id, "Sent by post", null)));
        world.SetClock(CasesFixture.Start.AddDays(10));
        var notYet = await AskedAsync();

        var due = (await world.Host.SendAsync(new GetMyCase(overdue.User, overdue.Case)))!.DocumentRequests[0].DueAt;
        world.SetClock(due);
        Assert.Equal(0, await world.Host.SendAsync(new CloseUnansweredCases()));

        world.SetClock(due.AddMicroseconds(1));
        var runs = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => world.Host.SendAsync(new CloseUnansweredCases()))));
        Assert.Equal(1, runs.Sum());
        Assert.Equal(0, await world.Host.SendAsync(new CloseUnansweredCases()));

        Assert.Equal(CaseState.ClosedNoAnswer, (await world.Host.SendAsync(new GetMyCase(overdue.User, overdue.Case)))!.State);
        Assert.Equal(CaseState.Submitted, (await world.Host.SendAsync(new GetMyCase(answered.User, answered.Case)))!.State);
        Assert.Equal(CaseState.DocumentsRequested, (await world.Host.SendAsync(new GetMyCase(notYet.User, notYet.Case)))!.State);
        Assert.Equal(1, await world.ToldAsync(overdue.User, NotificationKinds.CaseClosedNoAnswer));
        var closed = (await world.Host.SendAsync(new GetMyCase(overdue.User, overdue.Case)))!.DocumentRequests[0];
        Assert.True(closed.Closed);
        var late = await Refusals.OneOf(() => world.Host.SendAsync(new AnswerDocumentRequest(overdue.User, overdue.Case, closed.Id, "Late", null)));
        Assert.Equal("This request for documents is no longer open.", late.Message);
        world.SetClock(CasesFixture.Start);
    }

    [Fact]
    public async Task Reminders_go_once_seven_days_and_once_one_day_before_the_deadline()
    {
        world.SetClock(CasesFixture.Start);
        var asked = await AskedAsync();
        var due = (await world.Host.SendAsync(new GetMyCase(asked.User, asked.Case)))!.DocumentRequests[0].DueAt;

        world.SetClock(due.AddDays(-7).AddMinutes(-1));
        Assert.Equal(0, await world.Host.SendAsync(new SendDocumentReminders()));
        world.SetClock(due.AddDays(-7));
        Assert.Equal(1, await world.Host.SendAsync(new SendDocumentReminders()));
        Assert.Equal(0, await world.Host.SendAsync(new SendDocumentReminders()));
        world.SetClock(due.AddDays(-1));
        var runs = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => world.Host.SendAsync(new SendDocumentReminders()))));
        Assert.Equal(1, runs.Sum());

        Assert.Equal(2, await world.ToldAsync(asked.User, NotificationKinds.DocumentsReminder));
        var request = (await world.Host.SendAsync(new GetMyCase(asked.User, asked.Case)))!.DocumentRequests[0];
        Assert.True(await world.Host.SendAsync(new AnswerDocumentRequest(asked.User, asked.Case, request.Id, "Sent", null)));
        world.SetClock(CasesFixture.Start);
    }

    private async Task<(Guid User, Guid Case)> AskedAsync()
    {
        var (user, id, _) = await world.SubmittedAsync();
        var (officer, version) = await world.ClaimedAsync(id);
        Assert.True(await world.Host.SendAsync(new RequestDocuments(officer, id, version, "Birth certificate")));
        return (user, id);
    }
}
