using Border.Accounts.Contracts;
using Border.Accounts.Contracts.Profile;
using Border.Accounts.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Border.Accounts.Tests.Profile;

public sealed class ProfileErasureAndExportTests(ProfileFixture fixture) : IClassFixture<ProfileFixture>
{
    [Fact]
    public async Task Closing_the_account_erases_the_profile_the_members_their_documents_and_every_file()
    {
        var id = await fixture.RegisterAsync();
        await ValidAnswers.CompleteProfileAsync(fixture, id);
        var member = await fixture.Host.SendAsync(new AddGroupMember(id, ValidAnswers.Member()));
        await fixture.Host.SendAsync(ValidAnswers.Document(id, member, "M7654321"));
        await fixture.Host.SendAsync(new UploadDocumentPhoto(id, member, TestFiles.Upload(TestFiles.Pdf())));
        var bystander = await fixture.RegisterAsync();
        await ValidAnswers.CompleteProfileAsync(fixture, bystander);
        Assert.Equal((1, 1, 2, 3), await RowsOfAsync(id));

        await fixture.SendInRequestAsync(new CloseAccount(id, ProfileFixture.Password));

        Assert.Equal((0, 0, 0, 0), await RowsOfAsync(id));
        Assert.Equal((1, 0, 1, 2), await RowsOfAsync(bystander));
    }

    [Fact]
    public async Task A_wrong_password_closes_nothing()
    {
        var id = await fixture.RegisterAsync();
        await ValidAnswers.CompleteProfileAsync(fixture, id);

        Assert.Equal(
            ("Password", "Su contraseña no es correcta."),
            await Refusals.InSpanish(() => Refusals.OneOf(() => fixture.SendInRequestAsync(new CloseAccount(id, "not the password at all")))));

        Assert.Equal((1, 0, 1, 2), await RowsOfAsync(id));
    }

    [Fact]
    public async Task The_account_export_carries_the_profile_with_its_group_and_documents()
    {
        var id = await fixture.RegisterAsync();
        await ValidAnswers.CompleteProfileAsync(fixture, id);
        var member = await fixture.Host.SendAsync(new AddGroupMember(id, ValidAnswers.Member("Lucía Hernández Ruiz")));

        var export = await fixture.Host.SendAsync(new ExportAccount(id));

        Assert.Equal(id, export.Profile.UserId);
        Assert.Equal(("María José Pérez López", "+52 664 123 4567", "78520"), (export.Profile.FullName, export.Profile.Phone, export.Profile.Destination.Zip));
        Assert.Equal("G12345678", export.Profile.Document?.Number);
        Assert.NotNull(export.Profile.Document?.Photo);
        Assert.NotNull(export.Profile.Selfie);
        var exported = Assert.Single(export.Profile.Members);
        Assert.Equal((member, "Lucía Hernández Ruiz", Relationships.Child), (exported.Id, exported.FullName, exported.Relationship));
    }

    [Fact]
    public async Task The_files_export_returns_every_file_decrypted_with_its_type()
    {
        var id = await fixture.RegisterAsync();
        var document = TestFiles.Pdf("scan of the passport page");
        var selfie = TestFiles.Png("face of the applicant");
        await ValidAnswers.CompleteProfileAsync(fixture, id);
        fixture.Clock.Advance(TimeSpan.FromSeconds(1));
        await fixture.Host.SendAsync(new UploadDocumentPhoto(id, id, TestFiles.Upload(document)));
        fixture.Clock.Advance(TimeSpan.FromSeconds(1));
        await fixture.Host.SendAsync(new UploadSelfie(id, TestFiles.Upload(selfie)));
        var other = await fixture.RegisterAsync();
        await ValidAnswers.CompleteProfileAsync(fixture, other);

        var files = await fixture.Host.SendAsync(new ExportAccountFiles(id));

        Assert.Equal(2, files.Count);
        Assert.Equal(document, files[0].Content);
        Assert.Equal("application/pdf", files[0].ContentType);
        Assert.StartsWith("document-", files[0].FileName, StringComparison.Ordinal);
        Assert.EndsWith(".pdf", files[0].FileName, StringComparison.Ordinal);
        TestFiles.AssertKept(selfie, files[1].Content);
        Assert.Equal("image/png", files[1].ContentType);
        Assert.StartsWith("selfie-", files[1].FileName, StringComparison.Ordinal);
        Assert.EndsWith(".png", files[1].FileName, StringComparison.Ordinal);
    }

    /// <summary>Rows the applicant has: profile, group members, identity documents, stored files.</summary>
    private Task<(int, int, int, int)> RowsOfAsync(Guid id) => fixture.QueryAsync(async db => (
        await db.Profiles.CountAsync(p => p.UserId == id),
        await db.GroupMembers.CountAsync(m => m.OwnerId == id),
        await db.IdentityDocuments.CountAsync(d => d.OwnerId == id),
        await db.StoredFiles.CountAsync(f => f.OwnerId == id)));
}
