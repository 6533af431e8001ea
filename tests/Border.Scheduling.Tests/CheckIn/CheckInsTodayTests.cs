using Border.Accounts.Contracts.Profile;
using Border.Scheduling.Contracts;
using Border.Scheduling.Tests.Support;
using Border.Testing;

namespace Border.Scheduling.Tests.CheckIn;

/// <summary>The staff home page's count of the day's check-ins at a port, "today" being the port's.</summary>
public sealed class CheckInsTodayTests(SchedulingFixture fixture) : IClassFixture<SchedulingFixture>
{
    /// <summary>08:00 in San Ysidro (PST) on Wednesday 9 December 2026.</summary>
    private static readonly DateTimeOffset OnTheDay = new(2026, 12, 9, 16, 0, 0, TimeSpan.Zero);

    private static readonly DateOnly Day = new(2026, 12, 9);

    private Task<T> Send<T>(MediatR.IRequest<T> request) => fixture.Host.SendAsync(request);

    [Fact]
    public async Task Today_s_groups_at_the_port_count_as_expected_until_their_outcome_is_recorded()
    {
        var first = await ConfirmedAsync("san-ysidro");
        await ConfirmedAsync("san-ysidro");
        await ConfirmedAsync("calexico");

        fixture.SetClock(OnTheDay.AddDays(-1));
        Assert.Equal(new CheckInsToday("san-ysidro", "San Ysidro", Day.AddDays(-1), 0, 0), await Send(new CountCheckInsToday("san-ysidro")));

        fixture.SetClock(OnTheDay);
        Assert.Equal(new CheckInsToday("san-ysidro", "San Ysidro", Day, 2, 0), await Send(new CountCheckInsToday("san-ysidro")));
        Assert.NotNull(await Send(new RecordCheckIn(Guid.CreateVersion7(), first, CheckInOutcome.Arrived, null)));

        Assert.Equal(new CheckInsToday("san-ysidro", "San Ysidro", Day, 1, 1), await Send(new CountCheckInsToday("san-ysidro")));
        Assert.Equal(1, (await Send(new CountCheckInsToday("calexico")))!.Expected);
        Assert.Null(await Send(new CountCheckInsToday("atlantis")));
    }

    private async Task<Guid> ConfirmedAsync(string port)
    {
        fixture.SetClock(SchedulingFixture.InWindow);
        var user = await TestApplicants.ReadyAsync(fixture.Host.Services);
        var profile = await Send(new GetProfile(user));
        Guid[] travellers = [user, .. profile.Members.Select(m => m.Id)];
        var offer = await fixture.InsertOfferAsync(port, Day, user, travellers, SchedulingFixture.InWindow + TimeSpan.FromHours(20));
        Assert.True(await Send(new AcceptOffer(user, offer)));
        Assert.True(await Send(new RecordLivePhoto(user, offer, 1, new LivePhotoFile(new MemoryStream(TestImages.Png), TestImages.Png.Length), false)));
        Assert.True(await Send(new CheckOfferLocation(user, offer, "BCN", null, null)));
        Assert.True(await Send(new ReviewOffer(user, offer)));
        Assert.NotNull(await Send(new ConfirmOffer(user, offer)));
        return offer;
    }
}
