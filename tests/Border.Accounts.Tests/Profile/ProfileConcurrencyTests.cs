using Border.Accounts.Contracts.Profile;
using Border.Accounts.Tests.Support;
using Border.Testing;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Accounts.Tests.Profile;

/// <summary>Two tabs saving different pages at the same moment: neither page's answers are lost.</summary>
public sealed class ProfileConcurrencyTests(ProfileFixture fixture) : IClassFixture<ProfileFixture>
{
    [Fact]
    public async Task Two_first_saves_at_once_both_end_up_saved_though_both_create_the_profile()
    {
        for (var round = 0; round < 10; round++)
        {
            var id = await fixture.RegisterAsync();

            await AtOnce.RunAsync<Unit>(
            [
                () => fixture.Host.SendAsync(new SaveName(id, $"Round {round}", null)),
                () => fixture.Host.SendAsync(new SaveDestination(id, "1200 Elm Street", null, "Brownsville", "TX", "78520")),
            ]);

            var profile = await fixture.Host.SendAsync(new GetProfile(id));
            Assert.Equal($"Round {round}", profile.FullName);
            Assert.Equal("78520", profile.Destination.Zip);
        }
    }

    [Fact]
    public async Task Two_saves_at_once_on_a_saved_profile_both_end_up_saved()
    {
        for (var round = 0; round < 10; round++)
        {
            var id = await fixture.RegisterAsync();
            await fixture.Host.SendAsync(new SaveName(id, "Ana Pérez", null));

            await AtOnce.RunAsync<Unit>(
            [
                () => fixture.Host.SendAsync(new SaveBirth(id, new DateParts("27", "3", "1990"), Sexes.Female)),
                () => fixture.Host.SendAsync(new SaveCurrentLocation(id, "Mexicali", "BCN")),
            ]);

            var profile = await fixture.Host.SendAsync(new GetProfile(id));
            Assert.Equal(("Ana Pérez", new DateOnly(1990, 3, 27), "BCN"), (profile.FullName, profile.DateOfBirth, profile.CurrentState));
        }
    }

    [Fact]
    public async Task A_selfie_and_a_page_saved_at_once_both_end_up_saved()
    {
        for (var round = 0; round < 10; round++)
        {
            var id = await fixture.RegisterAsync();

            await AtOnce.RunAsync<object>(
            [
                async () => await fixture.Host.SendAsync(new UploadSelfie(id, TestFiles.Upload(TestFiles.Jpeg()))),
                async () => await fixture.Host.SendAsync(new SaveNationality(id, "MX", "GT")),
            ]);

            var profile = await fixture.Host.SendAsync(new GetProfile(id));
            Assert.NotNull(profile.Selfie);
            Assert.Equal("GT", profile.Nationality);
            Assert.Equal(1, await fixture.QueryAsync(db => db.StoredFiles.CountAsync(f => f.OwnerId == id)));
        }
    }
}
