using Border.Accounts.Contracts.Profile;
using Border.Cases.Contracts;
using Border.Cases.Contracts.Catalogue;
using Border.Cases.Tests.Support;
using Border.Notifications.Contracts;
using Border.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Border.Cases.Tests.Applicant;

public sealed class ApplicantCaseTests(CasesFixture world) : IClassFixture<CasesFixture>
{
    [Fact]
    public async Task A_draft_is_saved_page_by_page_listed_until_sent_and_starting_again_returns_the_same_draft()
    {
        var user = await world.ApplicantAsync();
        var id = await world.Host.SendAsync(new StartCase(user, CaseKind.AdvanceInformation));
        Assert.True(await world.Host.SendAsync(new SaveCaseAnswers(user, id, new Dictionary<string, string?> { ["purpose"] = "family" })));
        Assert.True(await world.Host.SendAsync(new SaveCaseAnswers(user, id, new Dictionary<string, string?> { ["coming-from"] = " Monterrey " })));

        Assert.Equal(id, await world.Host.SendAsync(new StartCase(user, CaseKind.AdvanceInformation)));
        var draft = await world.Host.SendAsync(new GetMyCase(user, id));
        Assert.Equal(CaseState.Draft, draft!.State);
        Assert.Equal(new Dictionary<string, string> { ["purpose"] = "family", ["coming-from"] = "Monterrey" }, draft.Answers);
        Assert.Equal(id, Assert.Single(await world.Host.SendAsync(new ListMyCases(user))).Id);

        Assert.True(await world.Host.SendAsync(new DiscardDraft(user, id)));
        Assert.Empty(await world.Host.SendAsync(new ListMyCases(user)));
    }

    [Fact]
    public async Task An_answer_that_is_not_one_of_the_choices_or_too_long_is_refused_by_its_question_in_Spanish()
    {
        var user = await world.ApplicantAsync();
        var id = await world.Host.SendAsync(new StartCase(user, CaseKind.AdvanceInformation));

        var choice = await Refusals.OneOf(() => Refusals.InSpanish(() => world.Host.SendAsync(new SaveCaseAnswers(user, id, new Dictionary<string, string?> { ["purpose"] = "tourism" }))));
        var tooLong = await Refusals.OneOf(() => world.Host.SendAsync(new SaveCaseAnswers(user, id, new Dictionary<string, string?> { ["coming-from"] = new string('a', 201) })));
        var missing = await Refusals.OneOf(() => world.Host.SendAsync(new SubmitCase(user, id)));

        Assert.Equal(("purpose", "Elija una de las respuestas."), choice);
        Assert.Equal(("coming-from", "The answer must be at most 200 characters."), tooLong);
        Assert.Equal(("purpose", "Answer this question before you send the case."), missing);
    }

    [Fact]
    public async Task Submitting_gives_a_receipt_tells_the_applicant_always_and_runs_the_checks_through_the_outbox()
    {
        var (user, id, receipt) = await world.SubmittedAsync();

        var view = await world.Host.SendAsync(new GetMyCase(user, id));
        Assert.Equal(CaseState.Submitted, view!.State);
        Assert.Equal(receipt.Receipt, view.Receipt);
        Assert.Equal("Received, waiting for an officer", view.StateText);
        Assert.Equal([CaseEventKind.Submitted, CaseEventKind.ChecksFinished], view.History.Select(h => h.Kind));
        Assert.True(view.CanWithdraw);
        Assert.Equal(1, await world.ToldAsync(user, NotificationKinds.CaseReceived));
        Assert.Equal(4, await world.CountAsync("SELECT count(DISTINCT \"check\") FROM cases.check_results WHERE case_id = $1", id));
        Assert.Equal(1, await world.CountAsync("SELECT count(*) FROM cases.audit_entries WHERE subject_id = $1 AND action = 'cases.submitted'", user));

        var again = await world.Host.SendAsync(new SubmitCase(user, id));
        Assert.Equal(receipt.Receipt, again!.Receipt);
    }

    [Fact]
    public async Task Another_applicants_case_is_not_found_for_every_request()
    {
        var (_, id, _) = await world.SubmittedAsync();
        var other = await world.ApplicantAsync();

        Assert.Null(await world.Host.SendAsync(new GetMyCase(other, id)));
        Assert.False(await world.Host.SendAsync(new SaveCaseAnswers(other, id, CasesFixture.AdvanceAnswers())));
        Assert.Null(await world.Host.SendAsync(new SubmitCase(other, id)));
        Assert.False(await world.Host.SendAsync(new WithdrawCase(other, id)));
        Assert.False(await world.Host.SendAsync(new AppealDecision(other, id, "Please")));
        Assert.False(await world.Host.SendAsync(new AnswerDocumentRequest(other, id, Guid.CreateVersion7(), "Here", null)));
        Assert.Empty(await world.Host.SendAsync(new ListMyCases(other)));
    }

    [Fact]
    public async Task The_public_status_needs_the_receipt_and_the_birth_date_and_answers_the_same_for_either_wrong()
    {
        var (user, _, receipt) = await world.SubmittedAsync();
        var born = (await world.Host.SendAsync(new GetProfile(user))).DateOfBirth!.Value;

        var status = await world.Host.SendAsync(new GetPublicCaseStatus(receipt.Receipt.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal), born));
        Assert.Equal((receipt.Receipt, CaseState.Submitted), (status!.Receipt, status.State));

        var wrongDate = await world.Host.SendAsync(new GetPublicCaseStatus(receipt.Receipt, born.AddDays(1)));
        var wrongNumber = await world.Host.SendAsync(new GetPublicCaseStatus(Border.Shared.References.ReferenceCodes.NewChecked("CAS"), born));
        var typo = await world.Host.SendAsync(new GetPublicCaseStatus(receipt.Receipt[..^1] + (receipt.Receipt[^1] == 'A' ? 'B' : 'A'), born));
        Assert.Equal(wrongDate, wrongNumber);
        Assert.Null(wrongDate);
        Assert.Null(typo);
    }

    [Fact]
    public async Task Withdrawing_before_a_decision_closes_the_case_and_a_second_withdrawal_is_refused()
    {
        var (user, id, _) = await world.SubmittedAsync();

        Assert.True(await world.Host.SendAsync(new WithdrawCase(user, id)));
        Assert.False(await world.Host.SendAsync(new WithdrawCase(user, id)));
        var view = await world.Host.SendAsync(new GetMyCase(user, id));
        Assert.Equal(CaseState.Withdrawn, view!.State);
        Assert.False(view.CanWithdraw);
        Assert.Equal(1, await world.ToldAsync(user, NotificationKinds.CaseWithdrawn));
    }

    [Fact]
    public async Task Withdrawing_while_the_checks_write_to_the_case_reads_it_again_and_withdraws()
    {
        var (user, id, _) = await world.SubmittedAsync();
        var dataSource = world.Host.Services.GetRequiredService<NpgsqlDataSource>();
        await using var checks = await dataSource.OpenConnectionAsync();
        await using var transaction = await checks.BeginTransactionAsync();
        await using (var update = new NpgsqlCommand("UPDATE cases.cases SET updated_at = updated_at WHERE id = $1", checks, transaction))
        {
            update.Parameters.Add(new NpgsqlParameter { Value = id });
            Assert.Equal(1, await update.ExecuteNonQueryAsync());
        }

        var withdrawing = Task.Run(() => world.Host.SendAsync(new WithdrawCase(user, id)));
        await LockWaits.WaitUntilBlockedAsync(dataSource, "The withdrawal");
        await transaction.CommitAsync();

        Assert.True(await withdrawing);
        Assert.Equal(CaseState.Withdrawn, (await world.Host.SendAsync(new GetMyCase(user, id)))!.State);
        Assert.Equal(1, await world.ToldAsync(user, NotificationKinds.CaseWithdrawn));
    }
}
