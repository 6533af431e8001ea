using Border.Accounts.Contracts.Profile;
using Border.Accounts.Tests.Support;

namespace Border.Accounts.Tests.Group;

/// <summary>The most people in a group is a setting, Accounts:Group:MaximumSize, here 3.</summary>
public sealed class GroupSizeSettingTests(SmallGroupFixture fixture) : IClassFixture<SmallGroupFixture>
{
    [Fact]
    public async Task The_configured_maximum_counts_the_applicant_and_is_what_the_refusal_says()
    {
        var id = await fixture.RegisterAsync();
        await fixture.Host.SendAsync(new AddGroupMember(id, ValidAnswers.Member("First Member")));
        await fixture.Host.SendAsync(new AddGroupMember(id, ValidAnswers.Member("Second Member")));

        Assert.Equal(
            ("FullName", "A group can have at most 3 people, you included."),
            await Refusals.OneOf(() => fixture.Host.SendAsync(new AddGroupMember(id, ValidAnswers.Member("Third Member")))));
        Assert.Equal(
            ("FullName", "Un grupo puede tener como máximo 3 personas, usted incluido."),
            await Refusals.InSpanish(() => Refusals.OneOf(() => fixture.Host.SendAsync(new AddGroupMember(id, ValidAnswers.Member("Third Member"))))));

        var profile = await fixture.Host.SendAsync(new GetProfile(id));
        Assert.Equal((3, 3), (profile.TravellerCount, profile.GroupMaximum));
    }
}
