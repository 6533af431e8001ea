using Border.Cases.Contracts;
using Border.Cases.Tests.Support;
using Border.Testing;

namespace Border.Cases.Tests.Staff;

public sealed class CaseFilesTests(CasesFixture world) : IClassFixture<CasesFixture>
{
    [Fact]
    public async Task Staff_open_a_cases_file_audited_each_time_and_another_cases_file_is_not_found()
    {
        var (user, id, receipt) = await world.SubmittedAsync();
        var (officer, version) = await world.ClaimedAsync(id);
        Assert.True(await world.Host.SendAsync(new RequestDocuments(officer, id, version, "Proof of address")));
        var request = Assert.Single((await world.Host.SendAsync(new GetMyCase(user, id)))!.DocumentRequests);
        Assert.True(await world.Host.SendAsync(new AnswerDocumentRequest(user, id, request.Id, null, Upload(TestImages.Pdf))));
        var other = await world.SubmittedAsync();

        var file = Assert.Single((await world.Host.SendAsync(new ViewCase(officer, id)))!.Files);
        Assert.Equal((request.Id, (Guid?)null, "application/pdf"), (file.DocumentRequestId, file.AppealId, file.ContentType));

        var opened = await world.Host.SendAsync(new OpenCaseFile(officer, id, file.Id));
        Assert.NotNull(opened);
        Assert.Equal(TestImages.Pdf, opened.Content);
        Assert.Equal(("application/pdf", $"{receipt.Receipt}-{file.Id:N}.pdf"), (opened.ContentType, opened.FileName));
        Assert.NotNull(await world.Host.SendAsync(new OpenCaseFile(officer, id, file.Id)));

        Assert.Null(await world.Host.SendAsync(new OpenCaseFile(officer, other.Case, file.Id)));
        Assert.Null(await world.Host.SendAsync(new OpenCaseFile(officer, id, Guid.CreateVersion7())));
        Assert.Equal(2, await world.CountAsync(
            "SELECT count(*) FROM cases.audit_entries WHERE action = 'cases.file-viewed' AND actor_id = $1 AND subject_id = $2 AND after->>'FileId' = $3",
            officer, user, file.Id.ToString()));
        // What is stored is not the file: Data Protection's ciphertext.
        Assert.Equal(0, await world.CountAsync("SELECT count(*) FROM cases.case_file_contents WHERE id = $1 AND position('%PDF'::bytea IN ciphertext) > 0", file.Id));
    }

    [Fact]
    public async Task An_appeal_carries_a_checked_document_the_supervisor_opens_and_a_wrong_file_refuses_the_whole_appeal()
    {
        var (user, id, _) = await world.SubmittedAsync();
        var (officer, version) = await world.ClaimedAsync(id);
        foreach (var hit in (await world.Host.SendAsync(new ViewCase(officer, id)))!.Checks.Where(c => c.Hit))
        {
            Assert.True(await world.Host.SendAsync(new ResolveCheck(officer, id, hit.Id, "Checked by hand")));
            version = await world.VersionAsync(officer, id);
        }

        Assert.True(await world.Host.SendAsync(new DecideCase(officer, id, version, DecisionOutcome.Denied, ["identity-unverified"], null)));

        var text = "just some text, not a picture"u8.ToArray();
        var wrong = await Refusals.OneOf(() => world.Host.SendAsync(new AppealDecision(user, id, "Here is a better scan.", Upload(text))));
        Assert.Equal("File", wrong.Field);
        Assert.Equal(CaseState.Denied, (await world.Host.SendAsync(new GetMyCase(user, id)))!.State);
        Assert.Equal(0, await world.CountAsync("SELECT count(*) FROM cases.appeals WHERE case_id = $1", id));

        var scan = TestImages.Jpeg(40, 30);
        Assert.True(await world.Host.SendAsync(new AppealDecision(user, id, "Here is a better scan.", Upload(scan))));

        var supervisor = Guid.CreateVersion7();
        var view = (await world.Host.SendAsync(new ViewCase(supervisor, id)))!;
        Assert.Equal(CaseState.Appealed, view.State);
        var attached = Assert.Single(view.Files);
        var appealId = await world.QueryAsync(db => Task.FromResult(db.Appeals.Single(a => a.CaseId == id).Id));
        Assert.Equal((appealId, "image/jpeg"), (attached.AppealId, attached.ContentType));
        var opened = (await world.Host.SendAsync(new OpenCaseFile(supervisor, id, attached.Id)))!;
        Assert.Equal("image/jpeg", opened.ContentType);
        Assert.Equal([0xFF, 0xD8], opened.Content[..2]);
    }

    private static CaseFileUpload Upload(byte[] bytes) => new(new MemoryStream(bytes), bytes.Length);
}
