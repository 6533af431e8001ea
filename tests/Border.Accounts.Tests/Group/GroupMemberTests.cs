using Border.Accounts.Contracts.Profile;
using Border.Accounts.Tests.Support;
using Border.Shared.Validation;
using Border.Testing;
using Microsoft.EntityFrameworkCore;

namespace Border.Accounts.Tests.Group;

public sealed class GroupMemberTests(ProfileFixture fixture) : IClassFixture<ProfileFixture>
{
    private const string GroupFull = "A group can have at most 8 people, you included.";

    [Fact]
    public async Task A_member_is_added_with_their_answers_trimmed_then_updated_then_removed()
    {
        var id = await fixture.RegisterAsync();

        var member = await fixture.Host.SendAsync(new AddGroupMember(id, new MemberAnswers(" Lucía Hernández ", new DateParts("3", "5", "2015"), " MX ", Relationships.Child)));

        var added = Assert.Single((await fixture.Host.SendAsync(new GetProfile(id))).Members);
        Assert.Equal(new MemberView(member, "Lucía Hernández", new DateOnly(2015, 5, 3), "MX", Relationships.Child, null), added);
        var row = await fixture.QueryAsync(db => db.GroupMembers.AsNoTracking().SingleAsync(m => m.Id == member));
        Assert.Equal((id, ProfileFixture.Now), (row.OwnerId, row.AddedAt));

        Assert.True(await fixture.Host.SendAsync(new UpdateGroupMember(id, member, new MemberAnswers("Lucía Hernández Ruiz", new DateParts("4", "5", "2015"), "US", Relationships.Grandchild))));

        var updated = Assert.Single((await fixture.Host.SendAsync(new GetProfile(id))).Members);
        Assert.Equal(new MemberView(member, "Lucía Hernández Ruiz", new DateOnly(2015, 5, 4), "US", Relationships.Grandchild, null), updated);

        Assert.True(await fixture.Host.SendAsync(new RemoveGroupMember(id, member)));

        Assert.Empty((await fixture.Host.SendAsync(new GetProfile(id))).Members);
        Assert.False(await fixture.Host.SendAsync(new RemoveGroupMember(id, member)));
        Assert.False(await fixture.Host.SendAsync(new UpdateGroupMember(id, member, ValidAnswers.Member())));
    }

    [Fact]
    public async Task Members_are_listed_in_the_order_they_were_added()
    {
        var id = await fixture.RegisterAsync();
        var names = new[] { "Primera Persona", "Segunda Persona", "Tercera Persona" };
        foreach (var name in names)
        {
            fixture.Clock.Advance(TimeSpan.FromSeconds(1));
            await fixture.Host.SendAsync(new AddGroupMember(id, ValidAnswers.Member(name)));
        }

        var profile = await fixture.Host.SendAsync(new GetProfile(id));
        Assert.Equal(names, profile.Members.Select(m => m.FullName));
        Assert.Equal(4, profile.TravellerCount);
    }

    [Fact]
    public async Task Every_wrong_answer_about_a_member_is_reported_at_once()
    {
        var id = await fixture.RegisterAsync();

        Assert.Equal(
            [
                ("FullName", "Enter their full name as it is written on their identity document."),
                ("DateOfBirth", "Enter their date of birth."),
                ("Nationality", "Choose their nationality."),
                ("Relationship", "Choose how they are related to you."),
            ],
            await Refusals.Of(() => fixture.Host.SendAsync(new AddGroupMember(id, new MemberAnswers(" ", new DateParts(null, null, null), null, null)))));
        Assert.Equal(
            [
                ("FullName", "Names must be 200 characters or fewer."),
                ("DateOfBirth", "A date of birth must be in the past."),
                ("Nationality", "Choose a country from the list."),
                ("Relationship", "Choose how they are related to you."),
            ],
            await Refusals.Of(() => fixture.Host.SendAsync(new AddGroupMember(id, new MemberAnswers(new string('n', 201), new DateParts("21", "11", "2026"), "XX", "cousin")))));

        Assert.Empty((await fixture.Host.SendAsync(new GetProfile(id))).Members);
    }

    [Theory]
    [InlineData("3", "", "2015", "A date of birth must have a day, a month and a year.")]
    [InlineData("31", "2", "2000", "Enter a real date of birth, like 27 3 1990.")]
    [InlineData("3", "5", "15", "Enter a real date of birth, like 27 3 1990.")]
    [InlineData("3", "5", "1850", "A date of birth must be in 1900 or later.")]
    [InlineData("1", "1", "2027", "A date of birth must be in the past.")]
    public async Task A_wrong_date_of_birth_for_a_member_is_refused_when_adding_or_updating(string day, string month, string year, string message)
    {
        var id = await fixture.RegisterAsync();
        var member = await fixture.Host.SendAsync(new AddGroupMember(id, ValidAnswers.Member()));
        var answers = ValidAnswers.Member() with { DateOfBirth = new DateParts(day, month, year) };

        Assert.Equal(("DateOfBirth", message), await Refusals.OneOf(() => fixture.Host.SendAsync(new AddGroupMember(id, answers))));
        Assert.Equal(("DateOfBirth", message), await Refusals.OneOf(() => fixture.Host.SendAsync(new UpdateGroupMember(id, member, answers))));

        var kept = Assert.Single((await fixture.Host.SendAsync(new GetProfile(id))).Members);
        Assert.Equal(new DateOnly(2015, 5, 3), kept.DateOfBirth);
    }

    [Fact]
    public async Task A_group_holds_at_most_8_people_so_the_8th_member_is_refused()
    {
        var id = await fixture.RegisterAsync();
        for (var i = 1; i <= 7; i++)
        {
            await fixture.Host.SendAsync(new AddGroupMember(id, ValidAnswers.Member($"Member {i}")));
        }

        Assert.Equal(("FullName", GroupFull), await Refusals.OneOf(() => fixture.Host.SendAsync(new AddGroupMember(id, ValidAnswers.Member("Member 8")))));

        var profile = await fixture.Host.SendAsync(new GetProfile(id));
        Assert.Equal((7, 8, 8), (profile.Members.Count, profile.TravellerCount, profile.GroupMaximum));

        Assert.True(await fixture.Host.SendAsync(new RemoveGroupMember(id, profile.Members[0].Id)));
        await fixture.Host.SendAsync(new AddGroupMember(id, ValidAnswers.Member("Member 8")));
        Assert.Equal(7, (await fixture.Host.SendAsync(new GetProfile(id))).Members.Count);
    }

    [Fact]
    public async Task The_full_group_refusal_is_in_spanish_for_a_spanish_speaker_with_the_number()
    {
        var id = await fixture.RegisterAsync();
        for (var i = 1; i <= 7; i++)
        {
            await fixture.Host.SendAsync(new AddGroupMember(id, ValidAnswers.Member($"Member {i}")));
        }

        Assert.Equal(
            ("FullName", "Un grupo puede tener como máximo 8 personas, usted incluido."),
            await Refusals.InSpanish(() => Refusals.OneOf(() => fixture.Host.SendAsync(new AddGroupMember(id, ValidAnswers.Member())))));
    }

    [Fact]
    public async Task Member_refusals_are_in_spanish_for_a_spanish_speaker()
    {
        var id = await fixture.RegisterAsync();
        var member = await fixture.Host.SendAsync(new AddGroupMember(id, ValidAnswers.Member()));

        Assert.Equal(
            [
                ("FullName", "Escriba su nombre completo como aparece en su documento de identidad."),
                ("DateOfBirth", "Escriba su fecha de nacimiento."),
                ("Nationality", "Elija su nacionalidad."),
                ("Relationship", "Elija qué relación tiene con usted."),
            ],
            await Refusals.InSpanish(() => Refusals.Of(() => fixture.Host.SendAsync(new AddGroupMember(id, new MemberAnswers(null, new DateParts(null, null, null), null, null))))));
        Assert.Equal(
            [
                ("FullName", "Los nombres deben tener 200 caracteres o menos."),
                ("DateOfBirth", "La fecha de nacimiento debe tener día, mes y año."),
                ("Nationality", "Elija un país de la lista."),
            ],
            await Refusals.InSpanish(() => Refusals.Of(() => fixture.Host.SendAsync(
                new UpdateGroupMember(id, member, new MemberAnswers(new string('n', 201), new DateParts("1", null, "2010"), "QQ", Relationships.Sibling))))));
    }

    [Fact]
    public async Task Ten_members_added_at_once_never_make_the_group_bigger_than_8()
    {
        var id = await fixture.RegisterAsync();

        var outcomes = await AddAtOnceAsync(id, 10);

        Assert.Equal(7, outcomes.Count(o => o == "added"));
        Assert.Equal(3, outcomes.Count(o => o == GroupFull));
        Assert.Equal(7, await fixture.QueryAsync(db => db.GroupMembers.CountAsync(m => m.OwnerId == id)));
    }

    [Fact]
    public async Task Ten_members_added_at_once_for_the_last_place_fill_it_once()
    {
        for (var round = 0; round < 5; round++)
        {
            var id = await fixture.RegisterAsync();
            for (var i = 1; i <= 6; i++)
            {
                await fixture.Host.SendAsync(new AddGroupMember(id, ValidAnswers.Member($"Member {i}")));
            }

            var outcomes = await AddAtOnceAsync(id, 10);

            Assert.Equal(1, outcomes.Count(o => o == "added"));
            Assert.Equal(9, outcomes.Count(o => o == GroupFull));
            Assert.Equal(7, await fixture.QueryAsync(db => db.GroupMembers.CountAsync(m => m.OwnerId == id)));
        }
    }

    [Fact]
    public async Task Removing_a_member_deletes_their_document_and_its_photo()
    {
        var id = await fixture.RegisterAsync();
        var (ownPhoto, selfie) = await ValidAnswers.CompleteProfileAsync(fixture, id);
        var member = await fixture.Host.SendAsync(new AddGroupMember(id, ValidAnswers.Member()));
        await fixture.Host.SendAsync(ValidAnswers.Document(id, member, "M7654321"));
        var photo = (await fixture.Host.SendAsync(new UploadDocumentPhoto(id, member, TestFiles.Upload(TestFiles.Jpeg()))))!.Value;

        Assert.True(await fixture.Host.SendAsync(new RemoveGroupMember(id, member)));

        Assert.Equal(0, await fixture.QueryAsync(db => db.IdentityDocuments.CountAsync(d => d.TravellerId == member)));
        Assert.Null(await fixture.Host.SendAsync(new OpenOwnFile(id, photo)));
        Assert.Equal(
            new[] { ownPhoto, selfie }.Order(),
            (await fixture.QueryAsync(db => db.StoredFiles.Where(f => f.OwnerId == id).Select(f => f.Id).ToListAsync())).Order());
        Assert.True((await fixture.Host.SendAsync(new GetProfile(id))).Complete);
    }

    [Fact]
    public async Task A_members_document_and_photo_are_kept_like_the_applicants()
    {
        var id = await fixture.RegisterAsync();
        var member = await fixture.Host.SendAsync(new AddGroupMember(id, ValidAnswers.Member()));
        var scan = TestFiles.Pdf("acta de nacimiento de Lucía");

        Assert.True(await fixture.Host.SendAsync(new SaveIdentityDocument(id, member, DocumentTypes.BirthCertificate, "acta-2015-42", "MX", new DateParts(null, null, null))));
        var fileId = (await fixture.Host.SendAsync(new UploadDocumentPhoto(id, member, TestFiles.Upload(scan))))!.Value;

        var document = Assert.Single((await fixture.Host.SendAsync(new GetProfile(id))).Members).Document!;
        Assert.Equal((DocumentTypes.BirthCertificate, "ACTA-2015-42", (DateOnly?)null, fileId), (document.Type, document.Number, document.ExpiresOn, document.Photo!.Id));
        Assert.Equal(scan, (await fixture.Host.SendAsync(new OpenOwnFile(id, fileId)))!.Content);
    }

    /// <summary>Adds that many members at once, each from its own scope as separate tabs would; "added" or the refusal of each.</summary>
    private Task<string[]> AddAtOnceAsync(Guid id, int count) => AtOnce.RunAsync(Enumerable.Range(1, count).Select(i => (Func<Task<string>>)(async () =>
    {
        try
        {
            await fixture.Host.SendAsync(new AddGroupMember(id, ValidAnswers.Member($"Parallel {i}")));
            return "added";
        }
        catch (RequestValidationException refused)
        {
            return Assert.Single(refused.Failures).Message;
        }
    })));
}
