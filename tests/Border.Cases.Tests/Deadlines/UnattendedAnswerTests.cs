using Border.Cases.Contracts;
using Border.Cases.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Border.Cases.Tests.Deadlines;

public sealed class UnattendedAnswerTests(CasesFixture world) : IClassFixture<CasesFixture>
{
    /// <summary>Thursday 26 November 2026, 10:00 in Tijuana, where the test applicants are.</summary>
    private static readonly DateTimeOffset Thursday = new(2026, 11, 26, 18, 0, 0, TimeSpan.Zero);

    /// <summary>Two working days on: Monday 30 November, 10:00 in Tijuana (the weekend does not count).</summary>
    private static readonly DateTimeOffset Monday = new(2026, 11, 30, 18, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task An_answer_the_officer_leaves_for_two_working_days_goes_back_to_the_queue_once_and_one_they_acted_on_stays()
    {
        world.SetClock(CasesFixture.Start);
        var left = await AskedAsync();
        var acted = await AskedAsync();
        world.SetClock(Thursday);
        await AnswerAsync(left.User, left.Case);
        await AnswerAsync(acted.User, acted.Case);
        world.SetClock(Thursday.AddHours(1));
        Assert.NotNull(await world.Host.SendAsync(new ViewCase(left.Officer, left.Case)));
        Assert.True(await world.Host.SendAsync(new ReleaseCase(acted.Officer, acted.Case)));
        Assert.True(await world.Host.SendAsync(new ClaimCase(acted.Officer, acted.Case)));

        world.SetClock(Monday.AddMinutes(-1));
        Assert.Equal(0, await world.Host.SendAsync(new ReturnUnattendedAnswers()));
        Assert.Equal(left.Officer, await HolderAsync(left.Case));

        world.SetClock(Monday);
        var runs = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => world.Host.SendAsync(new ReturnUnattendedAnswers()))));
        Assert.Equal(1, runs.Sum());
        Assert.Null(await HolderAsync(left.Case));
        Assert.Equal(acted.Officer, await HolderAsync(acted.Case));
        Assert.Contains(left.Case, (await world.Host.SendAsync(new ListCaseQueue(Guid.CreateVersion7(), new CaseQueueFilter()))).Cases.Select(c => c.Id));
        Assert.Equal(1, await world.QueryAsync(db => db.Events.CountAsync(e => e.CaseId == left.Case && e.Kind == CaseEventKind.Released && e.ActorId == Guid.Empty)));
        Assert.Equal(1, await world.CountAsync("SELECT count(*) FROM cases.audit_entries WHERE action = 'cases.released' AND subject_id = $1", left.User));

        // The officer taking it back later is their choice: the answer was settled and is not looked at again.
        Assert.True(await world.Host.SendAsync(new ClaimCase(left.Officer, left.Case)));
        world.SetClock(Monday.AddDays(3));
        Assert.Equal(0, await world.Host.SendAsync(new ReturnUnattendedAnswers()));
        Assert.Equal(left.Officer, await HolderAsync(left.Case));
        world.SetClock(CasesFixture.Start);
    }

    private async Task<Guid?> HolderAsync(Guid caseId) =>
        await world.QueryAsync(db => db.Cases.Where(c => c.Id == caseId).Select(c => c.ClaimedBy).SingleAsync());

    private async Task AnswerAsync(Guid user, Guid caseId)
    {
        var request = Assert.Single((await world.Host.SendAsync(new GetMyCase(user, caseId)))!.DocumentRequests);
        Assert.True(await world.Host.SendAsync(new AnswerDocumentRequest(user, caseId, request.Id, "Sent by post", null)));
    }

    private async Task<(Guid User, Guid Case, Guid Officer)> AskedAsync()
    {
        var (user, id, _) = await world.SubmittedAsync();
        var (officer, version) = await world.ClaimedAsync(id);
        Assert.True(await world.Host.SendAsync(new RequestDocuments(officer, id, version, "Birth certificate")));
        return (user, id, officer);
    }
}
