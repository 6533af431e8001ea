using Border.Messaging.Contracts;
using Border.Messaging.Tests.Support;
using Border.Testing;

namespace Border.Messaging.Tests.Staff;

public sealed class OfficerNameTests(MessagingFixture world) : IClassFixture<MessagingFixture>
{
    [Fact]
    public async Task The_applicant_sees_the_name_the_officer_chose_else_their_initial_and_never_their_email()
    {
        var applicant = MessagingFixture.NewApplicant();
        var email = $"marta.{Guid.NewGuid():N}@example.test";
        var officer = await TestApplicants.RegisterAsync(world.Host.Services, email);
        var sent = await world.AskAsync(applicant);
        Assert.NotNull(await world.Host.SendAsync(new ReplyAsOfficer(officer, Guid.NewGuid(), sent.ConversationId, "It is on the 8th.", null)));

        async Task<MessageView> AnswerAsync() =>
            (await world.Host.SendAsync(new GetMyConversation(applicant, sent.ConversationId)))!.Messages.Single(m => m.FromStaff);

        Assert.Equal("M.", (await AnswerAsync()).OfficerName);

        await world.Host.SendAsync(new SetOfficerName(officer, officer, "  Marta   López "));
        Assert.Equal("Marta López", (await AnswerAsync()).OfficerName);
        Assert.Equal("Marta López", await world.Host.SendAsync(new GetOfficerName(officer)));
        Assert.Null((await world.Host.SendAsync(new GetMyConversation(applicant, sent.ConversationId)))!.Messages.Single(m => !m.FromStaff).OfficerName);

        await world.Host.SendAsync(new SetOfficerName(officer, officer, ""));
        Assert.Equal("M.", (await AnswerAsync()).OfficerName);
        Assert.Equal(2, await world.CountAsync(
            "SELECT count(*) FROM messaging.audit_entries WHERE actor_id = $1 AND subject_id = $1 AND action = $2", officer, MessagingAuditActions.OfficerNamed));
    }

    [Fact]
    public async Task A_name_that_is_too_long_or_has_other_characters_is_refused_by_its_field()
    {
        var officer = Guid.CreateVersion7();

        Assert.Equal(("Name", "The name must be at most 40 characters."), await Refusals.OneOf(() => world.Host.SendAsync(new SetOfficerName(officer, officer, new string('a', 41)))));
        Assert.Equal(("Name", "Use only letters, numbers, spaces, dots, hyphens and apostrophes."),
            await Refusals.OneOf(() => world.Host.SendAsync(new SetOfficerName(officer, officer, "<b>me@example.test</b>"))));
        Assert.Null(await world.Host.SendAsync(new GetOfficerName(officer)));
    }
}
