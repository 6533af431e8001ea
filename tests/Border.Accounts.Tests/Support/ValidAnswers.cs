using Border.Accounts.Contracts.Profile;
using MediatR;

namespace Border.Accounts.Tests.Support;

/// <summary>Answers that pass every rule, to change one at a time.</summary>
public static class ValidAnswers
{
    public static MemberAnswers Member(string name = "Lucía Hernández Ruiz") =>
        new(name, new DateParts("3", "5", "2015"), "MX", Relationships.Child);

    public static SaveIdentityDocument Document(Guid userId, Guid travellerId, string number = "G12345678") =>
        new(userId, travellerId, DocumentTypes.Passport, number, "MX", new DateParts("1", "6", "2031"));

    /// <summary>Every page of the applicant's own profile, the photos included; the ids of their document photo and selfie.</summary>
    public static async Task<(Guid DocumentPhoto, Guid Selfie)> CompleteProfileAsync(ProfileFixture fixture, Guid userId)
    {
        foreach (IRequest<Unit> page in Pages(userId))
        {
            await fixture.Host.SendAsync(page);
        }

        Assert.True(await fixture.Host.SendAsync(Document(userId, userId)));
        var photo = await fixture.Host.SendAsync(new UploadDocumentPhoto(userId, userId, TestFiles.Upload(TestFiles.Jpeg())));
        var selfie = await fixture.Host.SendAsync(new UploadSelfie(userId, TestFiles.Upload(TestFiles.Png())));
        return (photo!.Value, selfie);
    }

    public static IEnumerable<IRequest<Unit>> Pages(Guid userId) =>
    [
        new SaveName(userId, "María José Pérez López", "Majo"),
        new SaveBirth(userId, new DateParts("27", "3", "1990"), Sexes.Female),
        new SaveNationality(userId, "MX", "MX"),
        new SaveContact(userId, "+52 664 123 4567"),
        new SaveCurrentLocation(userId, "Tijuana", "BCN"),
        new SaveDestination(userId, "1200 Elm Street", "Apt 4", "Brownsville", "TX", "78520"),
    ];
}
