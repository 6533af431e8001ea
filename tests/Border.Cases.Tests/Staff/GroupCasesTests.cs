using Border.Cases.Contracts;
using Border.Cases.Contracts.Catalogue;
using Border.Cases.Tests.Support;

namespace Border.Cases.Tests.Staff;

/// <summary>A case follows its group: what check-in and the confirmation page read, and a correction an officer starts.</summary>
public sealed class GroupCasesTests(CasesFixture world) : IClassFixture<CasesFixture>
{
    [Fact]
    public async Task The_group_shows_its_advance_information_state_and_only_approved_accommodations()
    {
        var (applicant, advance, receipt) = await world.SubmittedAsync();
        var approved = await AccommodationAsync(applicant, "interpreter", "Haitian Creole");
        var waiting = await AccommodationAsync(applicant, "medical", null, decide: false);

        var group = await world.Host.SendAsync(new GetGroupCases(applicant));

        Assert.Equal(new GroupCase(advance, receipt.Receipt, CaseState.Submitted), group.AdvanceInformation);
        var accommodation = Assert.Single(group.Accommodations);
        Assert.Equal((approved, "interpreter", "Haitian Creole", "Jean-Baptiste Pierre"), (accommodation.Id, accommodation.Need, accommodation.Language, accommodation.Person));
        Assert.DoesNotContain(group.Accommodations, a => a.Id == waiting);
        Assert.Null(group.OpenCorrection);
    }

    [Fact]
    public async Task A_draft_of_advance_information_is_not_shown_and_another_applicant_s_cases_are_not_the_group_s()
    {
        var applicant = await world.ApplicantAsync();
        await world.Host.SendAsync(new StartCase(applicant, CaseKind.AdvanceInformation));
        await world.SubmittedAsync();

        var group = await world.Host.SendAsync(new GetGroupCases(applicant));

        Assert.Null(group.AdvanceInformation);
        Assert.Empty(group.Accommodations);
        Assert.Null(group.OpenCorrection);
    }

    [Fact]
    public async Task An_officer_at_check_in_starts_a_correction_draft_for_the_applicant_once_and_it_is_audited()
    {
        var applicant = await world.ApplicantAsync();
        var officer = Guid.CreateVersion7();

        var id = await world.Host.SendAsync(new StartCorrectionAtCheckIn(officer, applicant, "birth-date", "Lucía Pérez", "The passport says 2015-03-02."));
        var again = await world.Host.SendAsync(new StartCorrectionAtCheckIn(officer, applicant, "name", null, null));

        Assert.Equal(id, again);
        var draft = (await world.Host.SendAsync(new GetMyCase(applicant, id)))!;
        Assert.Equal((CaseKind.RecordCorrection, CaseState.Draft), (draft.Kind, draft.State));
        Assert.Equal("name", draft.Answers["detail"]);
        Assert.Equal("Lucía Pérez", draft.Answers["person"]);
        Assert.Equal(new GroupCase(id, null, CaseState.Draft), (await world.Host.SendAsync(new GetGroupCases(applicant))).OpenCorrection);
        Assert.Equal(2, await world.CountAsync(
            "SELECT count(*) FROM cases.audit_entries WHERE actor_id = $1 AND subject_id = $2 AND action = 'cases.started'", officer, applicant));
        Assert.Equal(1, await world.CountAsync(
            "SELECT count(*) FROM cases.case_events WHERE case_id = $1 AND note = 'The passport says 2015-03-02.'", id));
        Assert.Equal(1, await world.ToldAsync(applicant, Border.Notifications.Contracts.NotificationKinds.CorrectionStarted));
    }

    [Fact]
    public async Task A_correction_needs_to_say_what_does_not_match()
    {
        var applicant = await world.ApplicantAsync();

        var refused = await Refusals.OneOf(() => world.Host.SendAsync(new StartCorrectionAtCheckIn(Guid.CreateVersion7(), applicant, "shoe-size", null, null)));

        Assert.Equal(("Detail", "Choose what does not match."), refused);
        Assert.Null((await world.Host.SendAsync(new GetGroupCases(applicant))).OpenCorrection);
    }

    [Fact]
    public async Task The_waiting_count_is_the_queue_s_at_a_port_or_every_port_and_the_officer_s_own()
    {
        var (_, atPort, _) = await world.SubmittedAsync();
        await world.SubmittedAsync();
        var (_, taken, _) = await world.SubmittedAsync();
        await world.CountAsync("WITH u AS (UPDATE cases.cases SET port_code = 'nogales' WHERE id = $1 RETURNING 1) SELECT count(*) FROM u", atPort);
        var (officer, _) = await world.ClaimedAsync(taken);

        var everyPort = await world.Host.SendAsync(new CountCasesWaiting(officer, null));
        var nogales = await world.Host.SendAsync(new CountCasesWaiting(officer, "nogales"));

        var queued = (await world.Host.SendAsync(new ListCaseQueue(officer, new CaseQueueFilter()))).Cases.Count;
        Assert.Equal(queued, everyPort.Waiting);
        Assert.Equal(1, everyPort.Mine);
        Assert.Equal(new CasesWaiting(1, 1), nogales);
    }

    private async Task<Guid> AccommodationAsync(Guid applicant, string need, string? language, bool decide = true)
    {
        var id = await world.Host.SendAsync(new StartCase(applicant, CaseKind.PortAccommodation));
        Assert.True(await world.Host.SendAsync(new SaveCaseAnswers(applicant, id, new Dictionary<string, string?>
        {
            ["need"] = need,
            ["language"] = language,
            ["person"] = "Jean-Baptiste Pierre",
            ["details"] = "He speaks only Haitian Creole.",
        })));
        Assert.NotNull(await world.Host.SendAsync(new SubmitCase(applicant, id)));
        await world.Host.DispatchOutboxAsync();
        if (decide)
        {
            var (officer, version) = await world.ClaimedAsync(id);
            Assert.True(await world.Host.SendAsync(new DecideCase(officer, id, version, DecisionOutcome.Approved, [], null)));
        }

        return id;
    }
}
