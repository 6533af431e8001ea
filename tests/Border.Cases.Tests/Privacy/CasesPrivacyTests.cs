using Border.Accounts.Contracts;
using Border.Cases.Contracts;
using Border.Cases.Contracts.Catalogue;
using Border.Cases.Data;
using Border.Cases.Tests.Support;
using Border.Testing;

namespace Border.Cases.Tests.Privacy;

public sealed class CasesPrivacyTests(CasesFixture world) : IClassFixture<CasesFixture>
{
    [Fact]
    public async Task The_export_holds_every_case_with_its_answers_history_and_files_and_nobody_elses()
    {
        var (user, id, receipt) = await world.SubmittedAsync();
        var (officer, version) = await world.ClaimedAsync(id);
        Assert.True(await world.Host.SendAsync(new RequestDocuments(officer, id, version, "Proof of address")));
        var request = Assert.Single((await world.Host.SendAsync(new GetMyCase(user, id)))!.DocumentRequests);
        Assert.True(await world.Host.SendAsync(new AnswerDocumentRequest(user, id, request.Id, "My lease", new CaseFileUpload(new MemoryStream(TestImages.Pdf), TestImages.Pdf.Length))));
        var draft = await world.Host.SendAsync(new StartCase(user, CaseKind.PortAccommodation));
        await world.SubmittedAsync();

        var export = await world.Host.SendAsync(new ExportCases(user));

        Assert.Equal(new[] { id, draft }.Order(), export.Cases.Select(c => c.Id).Order());
        var sent = export.Cases.Single(c => c.Id == id);
        Assert.Equal((receipt.Receipt, "Submitted", "protection"), (sent.Receipt, sent.State, sent.Answers["purpose"]));
        Assert.Equal("My lease", Assert.Single(sent.DocumentRequests).AnswerNote);
        Assert.DoesNotContain(sent.History, h => h.Kind is CaseEventKind.Viewed or CaseEventKind.Claimed);
        var file = Assert.Single(export.Files);
        Assert.Equal([file.FileName], sent.FileNames);
        Assert.Equal(TestImages.Pdf, file.Content);
    }

    [Fact]
    public async Task Closing_the_account_withdraws_open_cases_erases_what_the_person_wrote_and_sent_once_and_spares_others()
    {
        var (user, open, _) = await world.SubmittedAsync();
        var (officer, version) = await world.ClaimedAsync(open);
        Assert.True(await world.Host.SendAsync(new RequestDocuments(officer, open, version, "Proof of address")));
        var request = Assert.Single((await world.Host.SendAsync(new GetMyCase(user, open)))!.DocumentRequests);
        Assert.True(await world.Host.SendAsync(new AnswerDocumentRequest(user, open, request.Id, "My lease", new CaseFileUpload(new MemoryStream(TestImages.Pdf), TestImages.Pdf.Length))));
        var draft = await world.Host.SendAsync(new StartCase(user, CaseKind.PortAccommodation));
        var other = await world.SubmittedAsync();
        var fileId = Assert.Single((await world.Host.SendAsync(new ViewCase(officer, open)))!.Files).Id;

        var closed = new AccountClosed(Guid.CreateVersion7(), world.Clock.GetUtcNow(), user);
        await world.Host.PublishAsync(closed);
        await world.Host.PublishAsync(closed);

        var view = (await world.Host.SendAsync(new ViewCase(officer, open)))!;
        Assert.Equal((CaseState.Withdrawn, (Guid?)null), (view.State, view.ClaimedBy));
        Assert.Empty(view.Answers);
        Assert.Empty(view.Files);
        Assert.Empty(view.Checks);
        Assert.Null(Assert.Single(view.DocumentRequests).AnswerNote);
        Assert.Single(view.History, h => h.Kind == CaseEventKind.Withdrawn);
        Assert.Equal(0, await world.CountAsync("SELECT count(*) FROM cases.case_file_contents WHERE id = $1", fileId));
        Assert.Equal(0, await world.CountAsync("SELECT count(*) FROM cases.case_documents WHERE case_id = $1", open));
        Assert.Equal(0, await world.CountAsync("SELECT count(*) FROM cases.cases WHERE applicant_id = $1 AND applicant_birth_date IS NOT NULL", user));
        Assert.Equal(1, await world.CountAsync($"SELECT count(*) FROM cases.cases WHERE id = $1 AND state = {CaseStateSql.Discarded}", draft));
        Assert.Equal(1, await world.CountAsync(
            "SELECT count(*) FROM cases.audit_entries WHERE action = 'cases.withdrawn' AND subject_id = $1 AND after->>'Reason' = 'account-closed'", user));

        var untouched = (await world.Host.SendAsync(new ViewCase(officer, other.Case)))!;
        Assert.Equal(CaseState.Submitted, untouched.State);
        Assert.NotEmpty(untouched.Answers);
        Assert.Empty((await world.Host.SendAsync(new ExportCases(user))).Files);
    }
}
