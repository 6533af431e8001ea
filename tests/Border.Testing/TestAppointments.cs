using Border.Accounts.Contracts.Profile;
using Border.Scheduling.Contracts;
using Border.Scheduling.Data;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit;

namespace Border.Testing;

/// <summary>Appointments confirmed through Scheduling's own steps, for staff pages that need one.</summary>
public static class TestAppointments
{
    /// <summary>
    /// A ready applicant (a new one with one companion unless given), offered a slot today at San Ysidro (today by the site's clock, in the
    /// port's zone) and confirmed through every step; only the applicant's live photo was taken.
    /// </summary>
    public static async Task<(Guid Appointment, string Number)> ConfirmedForTodayAsync(IServiceProvider services, Guid? applicant = null)
    {
        var user = applicant ?? await TestApplicants.ReadyAsync(services, companions: 1);
        var offer = await OfferedForTodayAsync(services, user, TimeSpan.FromHours(2));
        Assert.True(await SendAsync(services, new AcceptOffer(user, offer)));
        Assert.True(await SendAsync(services, new RecordLivePhoto(user, offer, 1, new LivePhotoFile(new MemoryStream(TestImages.Png), TestImages.Png.Length), false)));
        Assert.True(await SendAsync(services, new RecordLivePhoto(user, offer, 2, null, CannotTake: true)));
        Assert.True(await SendAsync(services, new CheckOfferLocation(user, offer, "BCN", null, null)));
        Assert.True(await SendAsync(services, new ReviewOffer(user, offer)));
        return (offer, (await SendAsync(services, new ConfirmOffer(user, offer)))!.ConfirmationNumber);
    }

    /// <summary>
    /// The applicant and their group offered a slot today at San Ysidro (today by the site's clock, in the port's zone), as
    /// the draw would write it, to confirm within <paramref name="left"/>.
    /// </summary>
    public static async Task<Guid> OfferedForTodayAsync(IServiceProvider services, Guid user, TimeSpan left)
    {
        var profile = await SendAsync(services, new GetProfile(user));
        Guid[] travellers = [user, .. profile.Members.Select(m => m.Id)];
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles");
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var offer = Guid.CreateVersion7();
        await using var command = services.GetRequiredService<NpgsqlDataSource>().CreateCommand($"""
            INSERT INTO scheduling.appointments (id, request_id, applicant_id, allocation_run_id, port_code, date, slot_start, time_zone,
                slot_starts_at, people_count, traveller_ids, status, offered_at, deadline, identity_review)
            VALUES ($1, $2, $3, $4, 'san-ysidro', $5, '09:30', 'America/Los_Angeles', ($5::date + time '09:30') AT TIME ZONE 'America/Los_Angeles',
                $6, $7, {AppointmentStatusSql.Offered}, $8, $9, false)
            """);
        foreach (var value in new object[] { offer, Guid.CreateVersion7(), user, Guid.CreateVersion7(), today, travellers.Length, travellers, now, now + left })
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        Assert.Equal(1, await command.ExecuteNonQueryAsync());
        return offer;
    }

    private static async Task<T> SendAsync<T>(IServiceProvider services, IRequest<T> request)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }
}
