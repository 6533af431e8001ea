using Border.Scheduling.Data;
using Border.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Border.Scheduling.Tests.Support;

/// <summary>
/// One cloned database and one Border host per test class, on a clock each test sets: "now" is always a
/// moment the test chose (a window edge, a clock change), never the machine's.
/// </summary>
public sealed class SchedulingFixture : IAsyncLifetime
{
    /// <summary>Tuesday 24 November 2026, 13:00 Eastern (EST): the window is open.</summary>
    public static readonly DateTimeOffset InWindow = new(2026, 11, 24, 18, 0, 0, TimeSpan.Zero);

    private string? database;
    private BorderHost? host;

    public TestClock Clock { get; } = new(InWindow);

    public BorderHost Host => host ?? throw new InvalidOperationException("The fixture is not initialized.");

    public async Task InitializeAsync()
    {
        database = await TestDatabases.CreateAsync();
        host = BorderHost.ForDatabase(database, null, services => services.AddSingleton<TimeProvider>(Clock));
    }

    public async Task DisposeAsync()
    {
        if (host is not null)
        {
            await host.DisposeAsync();
        }

        if (database is not null)
        {
            await TestDatabases.DropAsync(database);
        }
    }

    public void SetClock(DateTimeOffset at) => Clock.Advance(at - Clock.GetUtcNow());

    /// <summary>A minute past noon US Eastern on the day the daily draw for <paramref name="appointmentDate"/> runs (14 days before).</summary>
    public void SetClockToDrawOf(DateOnly appointmentDate)
    {
        var eastern = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        var local = appointmentDate.AddDays(-14).ToDateTime(new TimeOnly(12, 1));
        SetClock(new DateTimeOffset(local, eastern.GetUtcOffset(local)));
    }

    internal async Task<T> QueryAsync<T>(Func<SchedulingDbContext, Task<T>> query)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<SchedulingDbContext>());
    }

    /// <summary>A confirmed appointment written straight into the table, as the confirmation step will.</summary>
    public async Task InsertAppointmentAsync(string port, DateOnly date, int people, string status = "Confirmed", NpgsqlConnection? connection = null)
    {
        var applicant = Guid.CreateVersion7();
        var travellers = Enumerable.Range(0, people).Select(_ => Guid.CreateVersion7()).ToArray();
        const string sql = """
            INSERT INTO scheduling.appointments (id, request_id, applicant_id, allocation_run_id, port_code, date, slot_start, time_zone,
                slot_starts_at, people_count, traveller_ids, status, offered_at, deadline, confirmed_at, identity_review)
            SELECT $1, $2, $3, $4, $5, $6, '07:00', p.time_zone, now(), $7, $8, $9, now(), now(), now(), false
            FROM scheduling.ports p WHERE p.code = $5
            """;
        var owned = connection is null;
        connection ??= await Host.Services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync();
        try
        {
            await using var command = new NpgsqlCommand(sql, connection);
            foreach (var value in new object[] { Guid.CreateVersion7(), Guid.CreateVersion7(), applicant, Guid.CreateVersion7(), port, date, people, travellers, status })
            {
                command.Parameters.Add(new NpgsqlParameter { Value = value });
            }

            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }
        finally
        {
            if (owned)
            {
                await connection.DisposeAsync();
            }
        }
    }

    /// <summary>An offer written straight into the table, as the draw makes them; returns its id.</summary>
    public async Task<Guid> InsertOfferAsync(string port, DateOnly date, Guid applicant, Guid[] travellers, DateTimeOffset deadline)
    {
        var id = Guid.CreateVersion7();
        const string sql = $"""
            INSERT INTO scheduling.appointments (id, request_id, applicant_id, allocation_run_id, port_code, date, slot_start, time_zone,
                slot_starts_at, people_count, traveller_ids, status, offered_at, deadline, identity_review)
            SELECT $1, $2, $3, $4, $5, $6, '07:00', p.time_zone, ($6::date + time '07:00') AT TIME ZONE p.time_zone, $7, $8, {AppointmentStatusSql.Offered}, $9, $10, false
            FROM scheduling.ports p WHERE p.code = $5
            """;
        await using var connection = await Host.Services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var value in new object[] { id, Guid.CreateVersion7(), applicant, Guid.CreateVersion7(), port, date, travellers.Length, travellers, Clock.GetUtcNow(), deadline })
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        Assert.Equal(1, await command.ExecuteNonQueryAsync());
        return id;
    }

    /// <summary>A pending request written straight into the table, as an applicant makes them; returns its id.</summary>
    public async Task<Guid> InsertRequestAsync(string port, DateOnly window, int people, DateTimeOffset registeredAt, Guid? applicant = null)
    {
        var id = Guid.CreateVersion7();
        var owner = applicant ?? Guid.CreateVersion7();
        var travellers = new[] { owner }.Concat(Enumerable.Range(1, people - 1).Select(_ => Guid.CreateVersion7())).ToArray();
        const string sql = $"""
            INSERT INTO scheduling.appointment_requests (id, reference, applicant_id, port_code, window_date, requested_at, registered_at,
                traveller_count, traveller_ids, current_state, location_checked, status)
            VALUES ($1, $2, $3, $4, $5, now(), $6, $7, $8, 'CHH', false, {RequestStatusSql.Pending})
            """;
        Assert.Equal(1, await ExecuteAsync(sql, id, $"T-{id.ToString()[^12..]}", owner, port, window, registeredAt, people, travellers));
        return id;
    }

    public async Task<int> ExecuteAsync(string sql, params object[] values)
    {
        await using var connection = await Host.Services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        return await command.ExecuteNonQueryAsync();
    }
}
