using Border.Cases.Contracts;
using Border.Cases.Tests.Support;
using Border.Notifications.Contracts;

namespace Border.Cases.Tests.Staff;

public sealed class ReviewTests(CasesFixture world) : IClassFixture<CasesFixture>
{
    [Fact]
    public async Task Two_officers_claiming_at_once_one_gets_it_and_only_the_holder_or_a_supervisor_releases_it()
    {
        var (_, id, _) = await world.SubmittedAsync();
        var officers = Enumerable.Range(0, 8).Select(_ => Guid.CreateVersion7()).ToArray();

        var results = await Task.WhenAll(officers.Select(o => Task.Run(() => world.Host.SendAsync(new ClaimCase(o, id)))));

        Assert.Equal(1, results.Count(r => r));
        var holder = officers[Array.IndexOf(results, true)];
        var other = officers.First(o => o != holder);
        Assert.False(await world.Host.SendAsync(new ReleaseCase(other, id)));
        Assert.True(await world.Host.SendAsync(new ReleaseCase(other, id, AsSupervisor: true)));
        Assert.True(await world.Host.SendAsync(new ClaimCase(other, id)));
    }

    [Fact]
    public async Task A_decision_on_a_case_changed_since_it_was_read_is_refused_and_the_case_keeps_its_state()
    {
        var (user, id, _) = await world.SubmittedAsync();
        var (officer, version) = await world.ClaimedAsync(id);
        await ResolveHitsAsync(officer, id);
        var stale = version;
        var current = await world.VersionAsync(officer, id);
        Assert.True(await world.Host.SendAsync(new RequestDocuments(officer, id, current, "A photo of the birth certificate")));

        var refused = await Refusals.OneOf(() => world.Host.SendAsync(new DecideCase(officer, id, stale, DecisionOutcome.Approved, [], null)));

        Assert.Equal(("Case", "This case changed since you opened it. Open it again to see what changed, then try again."), refused);
        Assert.Equal(CaseState.DocumentsRequested, (await world.Host.SendAsync(new GetMyCase(user, id)))!.State);
    }

    [Fact]
    public async Task Documents_requested_and_answered_return_the_case_to_the_officer_who_asked()
    {
        var (user, id, _) = await world.SubmittedAsync();
        var (officer, version) = await world.ClaimedAsync(id);
        Assert.True(await world.Host.SendAsync(new RequestDocuments(officer, id, version, "Proof of address")));
        var asked = (await world.Host.SendAsync(new GetMyCase(user, id)))!;
        var request = Assert.Single(asked.DocumentRequests);
        Assert.Equal(CaseState.DocumentsRequested, asked.State);
        // 30 days, to the end of 24 December in Tijuana (UTC-8), where the applicant is.
        Assert.Equal(new DateTimeOffset(2026, 12, 25, 8, 0, 0, TimeSpan.Zero).AddMicroseconds(-1), request.DueAt);

        Assert.True(await world.Host.SendAsync(new AnswerDocumentRequest(user, id, request.Id, "Attached.", new CaseFileUpload(new MemoryStream(Border.Testing.TestImages.Png), Border.Testing.TestImages.Png.Length))));

        var staff = (await world.Host.SendAsync(new ViewCase(officer, id)))!;
        Assert.Equal((CaseState.Submitted, (Guid?)officer), (staff.State, staff.ClaimedBy));
        Assert.Equal(1, await world.CountAsync("SELECT count(*) FROM cases.case_documents WHERE case_id = $1", id));
        Assert.Equal(1, await world.ToldAsync(user, NotificationKinds.DocumentsRequested));
        Assert.True(await world.CountAsync("SELECT count(*) FROM cases.audit_entries WHERE subject_id = $1 AND action = 'cases.viewed'", user) >= 2);
    }

    [Fact]
    public async Task A_denial_is_appealed_once_within_its_window_and_decided_by_another_supervisor()
    {
        var (user, id, _) = await world.SubmittedAsync();
        var (officer, version) = await world.ClaimedAsync(id);
        version = await ResolveHitsAsync(officer, id) ?? version;
        var noReason = await Refusals.OneOf(() => world.Host.SendAsync(new DecideCase(officer, id, version, DecisionOutcome.Denied, [], null)));
        Assert.Equal("Choose at least one reason for the denial.", noReason.Message);
        Assert.True(await world.Host.SendAsync(new DecideCase(officer, id, version, DecisionOutcome.Denied, ["identity-unverified"], "Blurred scan")));

        var denied = (await world.Host.SendAsync(new GetMyCase(user, id)))!;
        Assert.True(denied.CanAppeal);
        // 30 days from 24 November, to the end of 24 December in Tijuana (the profile's state), where it is UTC-8.
        Assert.Equal(new DateTimeOffset(2026, 12, 25, 8, 0, 0, TimeSpan.Zero).AddMicroseconds(-1), denied.Decision!.AppealBy);

        world.SetClock(denied.Decision.AppealBy!.Value);
        Assert.True(await world.Host.SendAsync(new AppealDecision(user, id, "The scan is readable; here is a new one.")));
        var twice = await Refusals.OneOf(() => world.Host.SendAsync(new AppealDecision(user, id, "Again")));
        Assert.Equal("This decision was already appealed. A decision can be appealed once.", twice.Message);

        var appealVersion = await world.VersionAsync(officer, id);
        var own = await Refusals.OneOf(() => world.Host.SendAsync(new DecideAppeal(officer, id, appealVersion, AppealOutcome.Overturned, null)));
        Assert.Equal("You made the decision on this case, so another supervisor must decide its appeal.", own.Message);

        var supervisor = Guid.CreateVersion7();
        Assert.True(await world.Host.SendAsync(new DecideAppeal(supervisor, id, appealVersion, AppealOutcome.Overturned, "Readable")));
        var approved = (await world.Host.SendAsync(new GetMyCase(user, id)))!;
        Assert.Equal((CaseState.Approved, AppealOutcome.Overturned), (approved.State, approved.Appeal!.Outcome));
        Assert.False(approved.CanAppeal);
        Assert.Equal(1, await world.ToldAsync(user, NotificationKinds.AppealDecided));
        world.SetClock(CasesFixture.Start);
    }

    [Fact]
    public async Task An_appeal_a_microsecond_after_the_window_or_of_an_approval_is_refused()
    {
        var (user, id, _) = await world.SubmittedAsync();
        var (officer, version) = await world.ClaimedAsync(id);
        version = await ResolveHitsAsync(officer, id) ?? version;
        Assert.True(await world.Host.SendAsync(new DecideCase(officer, id, version, DecisionOutcome.Denied, ["information-incomplete"], null)));
        var appealBy = (await world.Host.SendAsync(new GetMyCase(user, id)))!.Decision!.AppealBy!.Value;

        world.SetClock(appealBy.AddMicroseconds(1));
        var late = await Refusals.OneOf(() => Refusals.InEnglish(() => world.Host.SendAsync(new AppealDecision(user, id, "Late"))));
        world.SetClock(CasesFixture.Start);

        Assert.Equal("The time to appeal this decision ended on Thursday, December 24, 2026.", late.Message);

        var (approvedUser, approvedId, _) = await world.SubmittedAsync();
        var (approver, approvedVersion) = await world.ClaimedAsync(approvedId);
        approvedVersion = await ResolveHitsAsync(approver, approvedId) ?? approvedVersion;
        Assert.True(await world.Host.SendAsync(new DecideCase(approver, approvedId, approvedVersion, DecisionOutcome.Approved, [], null)));
        var approved = await Refusals.OneOf(() => world.Host.SendAsync(new AppealDecision(approvedUser, approvedId, "Why")));
        Assert.Equal("This case was approved, so there is nothing to appeal.", approved.Message);
    }

    [Fact]
    public async Task Deciding_without_the_claim_or_after_the_decision_is_refused_and_a_final_reason_allows_no_appeal()
    {
        var (user, id, _) = await world.SubmittedAsync();
        var stranger = Guid.CreateVersion7();
        var unclaimed = await Refusals.OneOf(async () => await world.Host.SendAsync(new DecideCase(stranger, id, await world.VersionAsync(stranger, id), DecisionOutcome.Approved, [], null)));
        Assert.Equal("Claim this case before you act on it.", unclaimed.Message);

        var (officer, version) = await world.ClaimedAsync(id);
        version = await ResolveHitsAsync(officer, id) ?? version;
        Assert.True(await world.Host.SendAsync(new DecideCase(officer, id, version, DecisionOutcome.Denied, ["duplicate-case"], null)));
        var again = await Refusals.OneOf(async () => await world.Host.SendAsync(new DecideCase(officer, id, await world.VersionAsync(officer, id), DecisionOutcome.Approved, [], null)));
        Assert.Equal("This case is not waiting for a decision.", again.Message);

        var view = (await world.Host.SendAsync(new GetMyCase(user, id)))!;
        Assert.Null(view.Decision!.AppealBy);
        Assert.False(view.CanAppeal);
        Assert.False(await world.Host.SendAsync(new WithdrawCase(user, id)));
        Assert.Equal(1, await world.ToldAsync(user, NotificationKinds.CaseDeniedFinal));
    }

    /// <summary>Resolves the case's check hits (a fresh applicant may share a name with no one, but a test must not depend on it); the new version.</summary>
    private async Task<uint?> ResolveHitsAsync(Guid officer, Guid id)
    {
        var view = (await world.Host.SendAsync(new ViewCase(officer, id)))!;
        var hits = view.Checks.Where(c => c.Hit && c.ResolvedBy is null).ToList();
        foreach (var hit in hits)
        {
            Assert.True(await world.Host.SendAsync(new ResolveCheck(officer, id, hit.Id, "Checked by hand")));
        }

        return hits.Count == 0 ? null : await world.VersionAsync(officer, id);
    }
}
