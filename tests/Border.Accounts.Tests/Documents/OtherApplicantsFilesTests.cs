using System.Text.Json;
using Border.Accounts.Contracts.Profile;
using Border.Accounts.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Border.Accounts.Tests.Documents;

/// <summary>Ids travel in addresses: another applicant's ids reach nothing, and nothing of theirs changes.</summary>
public sealed class OtherApplicantsFilesTests(ProfileFixture fixture) : IClassFixture<ProfileFixture>
{
    [Fact]
    public async Task An_applicant_cannot_open_reach_or_change_anything_of_another_applicant_by_its_ids()
    {
        var a = await fixture.RegisterAsync();
        var (aPhoto, aSelfie) = await ValidAnswers.CompleteProfileAsync(fixture, a);
        var aMember = await fixture.Host.SendAsync(new AddGroupMember(a, ValidAnswers.Member()));
        await fixture.Host.SendAsync(ValidAnswers.Document(a, aMember, "M7654321"));
        var aMemberPhoto = (await fixture.Host.SendAsync(new UploadDocumentPhoto(a, aMember, TestFiles.Upload(TestFiles.Jpeg()))))!.Value;
        var before = await SnapshotAsync(a);
        var b = await fixture.RegisterAsync();
        await ValidAnswers.CompleteProfileAsync(fixture, b);

        foreach (var file in new[] { aPhoto, aSelfie, aMemberPhoto })
        {
            Assert.Null(await fixture.Host.SendAsync(new OpenOwnFile(b, file)));
            Assert.Null(await fixture.Host.SendAsync(new OpenOwnFile(b, file, Border.Shared.Uploads.FileVariant.Thumbnail)));
        }

        foreach (var traveller in new[] { a, aMember })
        {
            Assert.False(await fixture.Host.SendAsync(ValidAnswers.Document(b, traveller, "HIJACKED1")));
            Assert.Null(await fixture.Host.SendAsync(new UploadDocumentPhoto(b, traveller, TestFiles.Upload(TestFiles.Png("not theirs")))));
        }

        Assert.False(await fixture.Host.SendAsync(new UpdateGroupMember(b, aMember, ValidAnswers.Member("Someone Else"))));
        Assert.False(await fixture.Host.SendAsync(new RemoveGroupMember(b, aMember)));

        Assert.Equal(before, await SnapshotAsync(a));
        Assert.Empty((await fixture.Host.SendAsync(new GetProfile(b))).Members);
        Assert.Equal(1, await fixture.QueryAsync(db => db.IdentityDocuments.CountAsync(d => d.OwnerId == b)));
        Assert.Equal(2, await fixture.QueryAsync(db => db.StoredFiles.CountAsync(f => f.OwnerId == b)));
    }

    [Fact]
    public async Task A_file_opens_for_its_owner_only()
    {
        var a = await fixture.RegisterAsync();
        var (photo, _) = await ValidAnswers.CompleteProfileAsync(fixture, a);
        var b = await fixture.RegisterAsync();

        Assert.NotNull(await fixture.Host.SendAsync(new OpenOwnFile(a, photo)));
        Assert.Null(await fixture.Host.SendAsync(new OpenOwnFile(b, photo)));
    }

    /// <summary>Everything of the applicant's: their profile as they see it, and every row and file byte behind it.</summary>
    private async Task<string> SnapshotAsync(Guid id)
    {
        var profile = await fixture.Host.SendAsync(new GetProfile(id));
        var rows = await fixture.QueryAsync(async db => new
        {
            Members = await db.GroupMembers.AsNoTracking().Where(m => m.OwnerId == id).OrderBy(m => m.Id).ToListAsync(),
            Documents = await db.IdentityDocuments.AsNoTracking().Where(d => d.OwnerId == id).OrderBy(d => d.Id).ToListAsync(),
            Files = await db.StoredFiles.AsNoTracking().Where(f => f.OwnerId == id).OrderBy(f => f.Id).ToListAsync(),
        });
        return JsonSerializer.Serialize(new { profile, rows.Members, rows.Documents, rows.Files });
    }
}
