using Border.Accounts.Contracts;
using Border.Cases.Contracts;
using Border.Cases.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Border.Cases.Tests.Staff;

public sealed class DisabledStaffTests(CasesFixture world) : IClassFixture<CasesFixture>
{
    [Fact]
    public async Task Disabling_an_officer_releases_their_claims_in_every_state_once_and_audits_each_in_the_admins_name()
    {
        var admin = Guid.CreateVersion7();
        var officer = await world.Host.SendAsync(new InviteStaff(admin, $"officer.{Guid.NewGuid():N}@border.test", Roles.Officer, "en"));
        var waiting = await world.SubmittedAsync();
        var asked = await world.SubmittedAsync();
        var others = await world.SubmittedAsync();
        Assert.True(await world.Host.SendAsync(new ClaimCase(officer, waiting.Case)));
        Assert.True(await world.Host.SendAsync(new ClaimCase(officer, asked.Case)));
        Assert.True(await world.Host.SendAsync(new RequestDocuments(officer, asked.Case, await world.VersionAsync(officer, asked.Case), "A birth certificate")));
        var colleague = Guid.CreateVersion7();
        Assert.True(await world.Host.SendAsync(new ClaimCase(colleague, others.Case)));

        await world.Host.SendAsync(new DisableAccount(admin, officer));
        await world.Host.DispatchOutboxAsync();

        var view = (await world.Host.SendAsync(new ViewCase(colleague, asked.Case)))!;
        Assert.Equal((CaseState.DocumentsRequested, (Guid?)null), (view.State, view.ClaimedBy));
        Assert.Null((await world.Host.SendAsync(new ViewCase(colleague, waiting.Case)))!.ClaimedBy);
        Assert.Equal(colleague, (await world.Host.SendAsync(new ViewCase(colleague, others.Case)))!.ClaimedBy);
        Assert.Contains(waiting.Case, (await world.Host.SendAsync(new ListCaseQueue(colleague, new CaseQueueFilter()))).Cases.Select(c => c.Id));
        Assert.Equal(2, await world.CountAsync("SELECT count(*) FROM cases.audit_entries WHERE action = 'cases.released' AND actor_id = $1", admin));
        Assert.Equal(2, await world.QueryAsync(db => db.Events.CountAsync(e => e.Kind == CaseEventKind.Released && e.ActorId == admin)));

        var eventId = await world.QueryAsync(db => db.Set<Border.Shared.Outbox.InboxMessage>()
            .Where(m => m.Handler == "ReleaseDisabledStaffClaimsHandler").Select(m => m.EventId).SingleAsync());
        Assert.True(await world.Host.SendAsync(new ClaimCase(colleague, waiting.Case)));
        await world.Host.PublishAsync(new AccountDisabled(eventId, world.Clock.GetUtcNow(), colleague, admin));
        Assert.Equal(colleague, (await world.Host.SendAsync(new ViewCase(colleague, waiting.Case)))!.ClaimedBy);
        Assert.Equal(2, await world.CountAsync("SELECT count(*) FROM cases.audit_entries WHERE action = 'cases.released' AND actor_id = $1", admin));
    }
}
