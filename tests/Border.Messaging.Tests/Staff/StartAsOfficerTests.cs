using Border.Messaging.Contracts;
using Border.Messaging.Tests.Support;
using Border.Testing;

namespace Border.Messaging.Tests.Staff;

public sealed class StartAsOfficerTests(MessagingFixture world) : IClassFixture<MessagingFixture>
{
    [Fact]
    public async Task An_officer_writes_first_and_the_applicant_reads_it_from_the_officer_s_name_and_is_told_without_the_text()
    {
        var applicant = await TestApplicants.ReadyAsync(world.Host.Services);
        var officer = Guid.CreateVersion7();
        await world.Host.SendAsync(new SetOfficerName(officer, officer, "Rosa"));
        var key = Guid.NewGuid();
        const string secret = "Bring the birth certificate ending 8821";

        var sent = await world.Host.SendAsync(new StartConversationAsOfficer(officer, key, applicant, null, "Your documents", secret, null));
        var again = await world.Host.SendAsync(new StartConversationAsOfficer(officer, key, applicant, null, "Your documents", secret, null));

        Assert.Equal(sent, again);
        var mine = await world.Host.SendAsync(new ListMyConversations(applicant));
        var summary = Assert.Single(mine.Items);
        Assert.Equal(("Your documents", ConversationState.WaitingOnApplicant, true), (summary.Subject, summary.State, summary.Unread));
        var message = Assert.Single((await world.Host.SendAsync(new GetMyConversation(applicant, sent.ConversationId)))!.Messages);
        Assert.Equal((true, "Rosa", secret), (message.FromStaff, message.OfficerName, message.Body));
        Assert.Equal(1, await world.CountAsync("SELECT count(*) FROM messaging.audit_entries WHERE action = $1 AND actor_id = $2 AND subject_id = $3",
            MessagingAuditActions.StartedByOfficer, officer, applicant));

        await world.Host.DispatchOutboxAsync();
        await world.Host.SendAsync(new Border.Notifications.Contracts.DeliverEmails());
        var texts = Directory.GetFiles(world.MailFolder).Select(f => Testing.Smtp.MimePart.Parse(File.ReadAllText(f)))
            .SelectMany(e => e.Descendants()).Where(p => p.Parts.Count == 0).Select(p => p.Text).ToList();
        Assert.Contains(texts, t => t.Contains($"/messages/{sent.ConversationId}", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("8821", StringComparison.Ordinal));

        // The applicant's answer waits on the officer who wrote.
        await world.Host.SendAsync(new ReplyAsApplicant(applicant, Guid.NewGuid(), sent.ConversationId, "I will bring it.", null));
        Assert.Contains(sent.ConversationId, (await world.Host.SendAsync(new ListInbox(officer, InboxView.Mine))).Items.Select(i => i.Id));
    }

    [Fact]
    public async Task Writing_to_someone_who_is_no_applicant_about_a_case_not_theirs_or_without_a_subject_is_refused_by_the_field()
    {
        var applicant = await TestApplicants.ReadyAsync(world.Host.Services);
        var officer = Guid.CreateVersion7();
        Task Start(Guid to, Guid? caseId, string? subject, string? body) =>
            world.Host.SendAsync(new StartConversationAsOfficer(officer, Guid.NewGuid(), to, caseId, subject, body, null));

        Assert.Equal("ApplicantId", (await Refusals.OneOf(() => Start(Guid.CreateVersion7(), null, "Hello", "Hi"))).Field);
        Assert.Equal(("Subject", "Write a subject."), await Refusals.OneOf(() => Start(applicant, null, " ", "Hi")));
        Assert.Equal("Body", (await Refusals.OneOf(() => Start(applicant, null, "Hello", new string('a', MessageLimits.BodyMaxLength + 1)))).Field);
        Assert.Equal(("CaseId", "Choose one of this applicant's cases."), await Refusals.OneOf(() => Start(applicant, Guid.CreateVersion7(), "Hello", "Hi")));
        Assert.Empty((await world.Host.SendAsync(new ListMyConversations(applicant))).Items);
    }
}
