using Border.Cases.Contracts;
using Border.Cases.Contracts.Catalogue;
using Border.Messaging.Contracts;
using Border.Messaging.Tests.Support;
using Border.Testing;

namespace Border.Messaging.Tests.Staff;

/// <summary>An officer files a file the applicant sent in a message into the applicant's case that asks for documents.</summary>
public sealed class FilingTests(MessagingFixture world) : IClassFixture<MessagingFixture>
{
    [Fact]
    public async Task A_file_from_a_message_answers_the_cases_request_for_documents_once_and_is_audited()
    {
        var (applicant, caseId) = await CaseAskingForDocumentsAsync();
        var (conversation, attachment) = await AskWithFileAsync(applicant);
        var officer = Guid.CreateVersion7();

        Assert.Equal(AttachmentFiling.Filed, await world.Host.SendAsync(new FileAttachmentInCase(officer, conversation, attachment, caseId)));
        Assert.Equal(AttachmentFiling.AlreadyFiled, await world.Host.SendAsync(new FileAttachmentInCase(officer, conversation, attachment, caseId)));

        // Both sides see the request answered; the case is back in review.
        var mine = (await world.Host.SendAsync(new GetMyCase(applicant, caseId)))!;
        Assert.Equal(CaseState.Submitted, mine.State);
        Assert.NotNull(Assert.Single(mine.DocumentRequests).AnsweredAt);
        Assert.Contains(mine.History, h => h.Kind == CaseEventKind.DocumentsAnswered);
        Assert.NotNull(Assert.Single((await world.Host.SendAsync(new ViewCase(officer, caseId)))!.DocumentRequests).AnsweredAt);
        // The file is kept once, under the attachment's id, encrypted like every case file.
        Assert.Equal(1, await world.CountAsync("SELECT count(*) FROM cases.case_documents WHERE case_id = $1 AND id = $2", caseId, attachment));
        Assert.Equal(1, await world.CountAsync("SELECT count(*) FROM cases.case_file_contents WHERE id = $1", attachment));
        Assert.Equal(1, await world.CountAsync(
            "SELECT count(*) FROM messaging.audit_entries WHERE actor_id = $1 AND subject_id = $2 AND action = $3",
            officer, applicant, MessagingAuditActions.AttachmentFiled));
        Assert.Equal(1, await world.CountAsync(
            "SELECT count(*) FROM cases.audit_entries WHERE actor_id = $1 AND subject_id = $2 AND action = 'cases.documents-answered'", officer, applicant));
    }

    [Fact]
    public async Task Another_applicants_case_is_refused_and_nothing_is_filed()
    {
        var (_, othersCase) = await CaseAskingForDocumentsAsync();
        var applicant = await TestApplicants.ReadyAsync(world.Host.Services);
        var (conversation, attachment) = await AskWithFileAsync(applicant);

        Assert.Equal(AttachmentFiling.NotFound, await world.Host.SendAsync(new FileAttachmentInCase(Guid.CreateVersion7(), conversation, attachment, othersCase)));

        Assert.Equal(0, await world.CountAsync("SELECT count(*) FROM cases.case_documents WHERE case_id = $1", othersCase));
        Assert.Equal(0, await world.CountAsync("SELECT count(*) FROM messaging.audit_entries WHERE action = $1 AND subject_id = $2", MessagingAuditActions.AttachmentFiled, applicant));
    }

    [Fact]
    public async Task An_officers_own_file_or_a_file_of_another_conversation_is_not_filed()
    {
        var (applicant, caseId) = await CaseAskingForDocumentsAsync();
        var (conversation, _) = await AskWithFileAsync(applicant);
        var (otherConversation, otherAttachment) = await AskWithFileAsync(applicant);
        var officer = Guid.CreateVersion7();
        Assert.NotNull(await world.Host.SendAsync(new ReplyAsOfficer(
            officer, Guid.NewGuid(), conversation, "Here is the form.", [new MessageFile(new MemoryStream(TestImages.Pdf), TestImages.Pdf.Length)])));
        var officersFile = (await world.Host.SendAsync(new ViewConversation(officer, conversation)))!.Messages.First(m => m.FromStaff).Attachments.Single().Id;

        Assert.Equal(AttachmentFiling.NotFound, await world.Host.SendAsync(new FileAttachmentInCase(officer, conversation, officersFile, caseId)));
        Assert.Equal(AttachmentFiling.NotFound, await world.Host.SendAsync(new FileAttachmentInCase(officer, conversation, otherAttachment, caseId)));
        Assert.Equal(CaseState.DocumentsRequested, (await world.Host.SendAsync(new GetMyCase(applicant, caseId)))!.State);
        Assert.Equal(AttachmentFiling.Filed, await world.Host.SendAsync(new FileAttachmentInCase(officer, otherConversation, otherAttachment, caseId)));
    }

    [Fact]
    public async Task A_second_file_finds_the_request_answered_and_a_case_asking_nothing_takes_none()
    {
        var (applicant, caseId) = await CaseAskingForDocumentsAsync();
        var officer = Guid.CreateVersion7();
        var files = new[] { TestImages.Png, TestImages.Pdf }.Select(f => new MessageFile(new MemoryStream(f), f.Length)).ToArray();
        var sent = await world.AskAsync(applicant, "My passport and my birth certificate.", files);
        var attachments = (await world.Host.SendAsync(new ViewConversation(officer, sent.ConversationId)))!.Messages.Single().Attachments;
        Assert.Equal(2, attachments.Count);

        Assert.Equal(AttachmentFiling.Filed, await world.Host.SendAsync(new FileAttachmentInCase(officer, sent.ConversationId, attachments[0].Id, caseId)));
        Assert.Equal(AttachmentFiling.NoOpenRequest, await world.Host.SendAsync(new FileAttachmentInCase(officer, sent.ConversationId, attachments[1].Id, caseId)));
        Assert.Equal(1, await world.CountAsync("SELECT count(*) FROM cases.case_documents WHERE case_id = $1", caseId));
    }

    [Fact]
    public async Task Two_officers_filing_the_same_file_at_once_file_it_once()
    {
        var (applicant, caseId) = await CaseAskingForDocumentsAsync();
        var (conversation, attachment) = await AskWithFileAsync(applicant);
        var officers = new[] { Guid.CreateVersion7(), Guid.CreateVersion7() };

        var results = await AtOnce.RunAsync(officers.Select(o => (Func<Task<AttachmentFiling>>)(() => world.Host.SendAsync(new FileAttachmentInCase(o, conversation, attachment, caseId)))));

        Assert.Equal([AttachmentFiling.Filed, AttachmentFiling.AlreadyFiled], results.Order());
        Assert.Equal(1, await world.CountAsync("SELECT count(*) FROM cases.case_documents WHERE case_id = $1", caseId));
        Assert.Equal(1, await world.CountAsync("SELECT count(*) FROM messaging.audit_entries WHERE action = $1 AND subject_id = $2", MessagingAuditActions.AttachmentFiled, applicant));
    }

    [Fact]
    public async Task The_officer_is_offered_the_applicants_cases_that_ask_for_documents_and_the_list_is_audited()
    {
        var (applicant, caseId) = await CaseAskingForDocumentsAsync();
        var officer = Guid.CreateVersion7();

        var offered = Assert.Single(await world.Host.SendAsync(new ListCasesAwaitingDocuments(officer, applicant)));

        Assert.Equal((caseId, "A photo of the birth certificate"), (offered.CaseId, offered.What));
        Assert.Empty(await world.Host.SendAsync(new ListCasesAwaitingDocuments(officer, await TestApplicants.ReadyAsync(world.Host.Services))));
        Assert.Equal(1, await world.CountAsync("SELECT count(*) FROM cases.audit_entries WHERE actor_id = $1 AND subject_id = $2", officer, applicant));
    }

    /// <summary>A submitted case of a new applicant whose officer asked for a document.</summary>
    private async Task<(Guid Applicant, Guid Case)> CaseAskingForDocumentsAsync()
    {
        var applicant = await TestApplicants.ReadyAsync(world.Host.Services);
        var caseId = await world.Host.SendAsync(new StartCase(applicant, CaseKind.AdvanceInformation));
        Assert.True(await world.Host.SendAsync(new SaveCaseAnswers(applicant, caseId, new Dictionary<string, string?>
        {
            ["purpose"] = "protection",
            ["coming-from"] = "Tijuana, Baja California",
            ["special-need"] = "no",
            ["earlier-history"] = "no",
        })));
        Assert.NotNull(await world.Host.SendAsync(new SubmitCase(applicant, caseId)));
        await world.Host.DispatchOutboxAsync();
        var officer = Guid.CreateVersion7();
        Assert.True(await world.Host.SendAsync(new ClaimCase(officer, caseId)));
        var view = (await world.Host.SendAsync(new ViewCase(officer, caseId)))!;
        foreach (var hit in view.Checks.Where(c => c.Hit && c.ResolvedBy is null))
        {
            Assert.True(await world.Host.SendAsync(new ResolveCheck(officer, caseId, hit.Id, "Checked by hand")));
        }

        var version = (await world.Host.SendAsync(new ViewCase(officer, caseId)))!.Version;
        Assert.True(await world.Host.SendAsync(new RequestDocuments(officer, caseId, version, "A photo of the birth certificate")));
        return (applicant, caseId);
    }

    private async Task<(Guid Conversation, Guid Attachment)> AskWithFileAsync(Guid applicant)
    {
        var sent = await world.AskAsync(applicant, "Here is the birth certificate.", new MessageFile(new MemoryStream(TestImages.Png), TestImages.Png.Length));
        var mine = (await world.Host.SendAsync(new GetMyConversation(applicant, sent.ConversationId)))!;
        return (sent.ConversationId, mine.Messages.Single().Attachments.Single().Id);
    }
}
