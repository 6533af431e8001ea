using Border.Accounts.Contracts;
using Border.Accounts.Contracts.Profile;
using Border.Cases.Contracts;
using Border.Cases.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Border.Cases.Tests.Checks;

public sealed class TravellerChangeTests(CasesFixture world) : IClassFixture<CasesFixture>
{
    [Fact]
    public async Task Changing_a_members_birth_date_after_filing_runs_the_checks_again_and_a_second_delivery_changes_nothing()
    {
        var applicant = await world.ApplicantAsync(companions: 1);
        var member = (await world.Host.SendAsync(new GetProfile(applicant))).Members.Single();
        Assert.True(await world.Host.SendAsync(new UpdateGroupMember(
            applicant, member.Id, new MemberAnswers(member.FullName, new DateParts("3", "5", "1995"), "MX", Relationships.Sibling))));
        await world.Host.DispatchOutboxAsync();
        var (_, id, _) = await world.SubmittedAsync(applicant);
        Assert.DoesNotContain((await world.Host.SendAsync(new ViewCase(Guid.CreateVersion7(), id)))!.Checks, c => c.Hit);

        // A minute on, so this change's delivery is the one the inbox recorded last.
        world.SetClock(world.Clock.GetUtcNow().AddMinutes(1));
        Assert.True(await world.Host.SendAsync(new UpdateGroupMember(
            applicant, member.Id, new MemberAnswers(member.FullName, new DateParts("3", "5", "2015"), "MX", Relationships.Sibling))));
        await world.Host.DispatchOutboxAsync();

        var view = (await world.Host.SendAsync(new ViewCase(Guid.CreateVersion7(), id)))!;
        var hit = Assert.Single(view.Checks, c => c.Hit);
        Assert.Equal((CheckKind.UnaccompaniedMinor, (Guid?)member.Id), (hit.Check, hit.TravellerId));
        Assert.Contains(id, (await world.Host.SendAsync(new ListCaseQueue(Guid.CreateVersion7(), new CaseQueueFilter(Checks: ChecksStatus.Hits)))).Cases.Select(c => c.Id));
        var runs = await RunsAsync(id);
        Assert.Equal(2, runs);

        var eventId = await world.QueryAsync(db => db.Set<Border.Shared.Outbox.InboxMessage>()
            .Where(m => m.Handler == "TravellerChangedHandler" && m.ProcessedAt == world.Clock.GetUtcNow()).Select(m => m.EventId).SingleAsync());
        await world.Host.PublishAsync(new TravellerChanged(eventId, world.Clock.GetUtcNow(), applicant));

        Assert.Equal(runs, await RunsAsync(id));
        Assert.Single((await world.Host.SendAsync(new ViewCase(Guid.CreateVersion7(), id)))!.Checks, c => c.Hit);
    }

    [Fact]
    public async Task A_decided_or_draft_case_keeps_its_checks_when_the_group_changes()
    {
        var applicant = await world.ApplicantAsync();
        var (_, submitted, _) = await world.SubmittedAsync(applicant);
        var (officer, version) = await world.ClaimedAsync(submitted);
        Assert.True(await world.Host.SendAsync(new DecideCase(officer, submitted, version, DecisionOutcome.Approved, [], null)));
        var before = await RunsAsync(submitted);

        await world.Host.SendAsync(new SaveBirth(applicant, new DateParts("1", "1", "2012"), Sexes.Female));
        await world.Host.DispatchOutboxAsync();

        Assert.Equal(before, await RunsAsync(submitted));
    }

    [Fact]
    public async Task Saving_the_same_details_again_tells_nobody()
    {
        var applicant = await world.ApplicantAsync();
        await world.Host.DispatchOutboxAsync();

        await world.Host.SendAsync(new SaveName(applicant, "María José Pérez López", "Majo"));
        await world.Host.SendAsync(new SaveNationality(applicant, "MX", "MX"));

        Assert.Equal(0, await world.CountAsync(
            "SELECT count(*) FROM accounts.outbox_messages WHERE type = 'accounts.traveller-changed' AND processed_at IS NULL AND payload->>'ApplicantId' = $1", applicant.ToString()));
    }

    private Task<int> RunsAsync(Guid id) => world.QueryAsync(db => db.Events.CountAsync(e => e.CaseId == id && e.Kind == CaseEventKind.ChecksFinished));
}
