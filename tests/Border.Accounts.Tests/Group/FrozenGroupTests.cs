using Border.Accounts.Contracts.Profile;
using Border.Accounts.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Border.Accounts.Tests.Group;

/// <summary>Once an appointment is confirmed for the group, the group travels as it was confirmed.</summary>
public sealed class FrozenGroupTests(ProfileFixture fixture) : IClassFixture<ProfileFixture>
{
    private const string Frozen = "Your group is confirmed for an appointment, so its details cannot change. If something in the record is wrong, ask for a correction in a message to the officers, or cancel the appointment first.";

    [Fact]
    public async Task A_frozen_group_refuses_adding_changing_and_removing_members_and_their_documents_and_photos()
    {
        var (id, member) = await FrozenGroupAsync();
        var before = await fixture.Host.SendAsync(new GetProfile(id));
        Assert.True(before.GroupFrozen);

        Assert.Equal(("FullName", Frozen), await Refusals.OneOf(() => fixture.Host.SendAsync(new AddGroupMember(id, ValidAnswers.Member("Late Arrival")))));
        Assert.Equal(("FullName", Frozen), await Refusals.OneOf(() => fixture.Host.SendAsync(new UpdateGroupMember(id, member, ValidAnswers.Member("New Name")))));
        Assert.Equal(("Member", Frozen), await Refusals.OneOf(() => fixture.Host.SendAsync(new RemoveGroupMember(id, member))));
        Assert.Equal(("Type", Frozen), await Refusals.OneOf(() => fixture.Host.SendAsync(ValidAnswers.Document(id, member, "CHANGED1"))));
        Assert.Equal(("Photo", Frozen), await Refusals.OneOf(() => fixture.Host.SendAsync(new UploadDocumentPhoto(id, member, TestFiles.Upload(TestFiles.Png())))));

        var after = await fixture.Host.SendAsync(new GetProfile(id));
        var kept = Assert.Single(after.Members);
        Assert.Equal(before.Members[0] with { Document = null }, kept with { Document = null });
        Assert.Equal((before.Members[0].Document!.Number, before.Members[0].Document!.Photo), (kept.Document!.Number, kept.Document.Photo));
        Assert.Equal(3, await fixture.QueryAsync(db => db.StoredFiles.CountAsync(f => f.OwnerId == id)));
    }

    [Fact]
    public async Task In_a_frozen_group_the_main_applicants_name_birth_nationality_document_photo_and_selfie_are_frozen_too()
    {
        var (id, _) = await FrozenGroupAsync();
        var before = await fixture.Host.SendAsync(new GetProfile(id));

        Assert.Equal(("Type", Frozen), await Refusals.OneOf(() => fixture.Host.SendAsync(
            new SaveIdentityDocument(id, id, DocumentTypes.Passport, "N9876543", "MX", new DateParts("1", "1", "2036")))));
        Assert.Equal(("Photo", Frozen), await Refusals.OneOf(() => fixture.Host.SendAsync(new UploadDocumentPhoto(id, id, TestFiles.Upload(TestFiles.Png("renewed passport"))))));
        Assert.Equal(("Photo", Frozen), await Refusals.OneOf(() => fixture.Host.SendAsync(new UploadSelfie(id, TestFiles.Upload(TestFiles.Jpeg())))));
        Assert.Equal(("FullName", Frozen), await Refusals.OneOf(() => fixture.Host.SendAsync(new SaveName(id, "Someone Else", null))));

        var after = await fixture.Host.SendAsync(new GetProfile(id));
        Assert.Equal((before.Document!.Number, before.Document.Photo?.Id), (after.Document!.Number, after.Document.Photo?.Id));
        Assert.Equal(before.FullName, after.FullName);
    }

    [Fact]
    public async Task The_frozen_refusal_is_in_spanish_for_a_spanish_speaker()
    {
        var (id, member) = await FrozenGroupAsync();

        Assert.Equal(
            ("Member", "Su grupo está confirmado para una cita, así que sus datos no pueden cambiar. Si algo en el registro está mal, pida una corrección en un mensaje a los oficiales, o primero cancele la cita."),
            await Refusals.InSpanish(() => Refusals.OneOf(() => fixture.Host.SendAsync(new RemoveGroupMember(id, member)))));
    }

    [Fact]
    public async Task Another_applicants_frozen_group_does_not_freeze_mine()
    {
        await FrozenGroupAsync();
        var id = await fixture.RegisterAsync();

        var member = await fixture.Host.SendAsync(new AddGroupMember(id, ValidAnswers.Member()));

        Assert.True(await fixture.Host.SendAsync(new RemoveGroupMember(id, member)));
    }

    /// <summary>A complete applicant with one member whose document and photo are in, confirmed for an appointment.</summary>
    private async Task<(Guid Id, Guid Member)> FrozenGroupAsync()
    {
        var id = await fixture.RegisterAsync();
        await ValidAnswers.CompleteProfileAsync(fixture, id);
        var member = await fixture.Host.SendAsync(new AddGroupMember(id, ValidAnswers.Member()));
        Assert.True(await fixture.Host.SendAsync(ValidAnswers.Document(id, member, "M7654321")));
        await fixture.Host.SendAsync(new UploadDocumentPhoto(id, member, TestFiles.Upload(TestFiles.Jpeg())));
        await fixture.ExecuteAsync("UPDATE accounts.applicant_profiles SET group_frozen_for = $1 WHERE user_id = $2", Guid.NewGuid(), id);
        return (id, member);
    }
}
