using System.Text.Json;
using Border.Notifications.Contracts;
using Border.Scheduling.Data;
using Border.Scheduling.Tests.Support;
using Border.Shared.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Border.Scheduling.Tests.Jobs;

/// <summary>Rows the job tests start from, written straight into the tables, and the notices they find in the outbox.</summary>
internal static class JobRows
{
    public static async Task<(Guid Id, Guid Applicant)> InsertOfferAsync(
        SchedulingFixture fixture, string port, DateOnly date, int people, DateTimeOffset deadline, string status = "Offered", string slot = "07:00",
        Guid? applicantId = null)
    {
        var id = Guid.CreateVersion7();
        var applicant = applicantId ?? Guid.CreateVersion7();
        var travellers = Enumerable.Range(0, people).Select(_ => Guid.CreateVersion7()).ToArray();
        await using var connection = await fixture.Host.Services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync();
        await using var command = new NpgsqlCommand("""
            INSERT INTO scheduling.appointments (id, request_id, applicant_id, allocation_run_id, port_code, date, slot_start, time_zone,
                slot_starts_at, people_count, traveller_ids, status, offered_at, deadline, identity_review)
            SELECT $1, $2, $3, $4, $5, $6, $9::time, p.time_zone, ($6 + $9::time) AT TIME ZONE p.time_zone, $7, $8, $10, $11, $11, false
            FROM scheduling.ports p WHERE p.code = $5
            """, connection);
        foreach (var value in new object[] { id, Guid.CreateVersion7(), applicant, Guid.CreateVersion7(), port, date, people, travellers, slot, status, deadline })
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        Assert.Equal(1, await command.ExecuteNonQueryAsync());
        return (id, applicant);
    }

    /// <summary>A pending request of <paramref name="people"/> for the window, by a new applicant unless one is given.</summary>
    public static async Task<Guid> InsertRequestAsync(SchedulingFixture fixture, string port, DateOnly window, int people, Guid? applicantId = null)
    {
        var id = Guid.CreateVersion7();
        var applicant = applicantId ?? Guid.CreateVersion7();
        var travellers = new[] { applicant }.Concat(Enumerable.Range(1, people - 1).Select(_ => Guid.CreateVersion7())).ToArray();
        await using var connection = await fixture.Host.Services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync();
        await using var command = new NpgsqlCommand($"""
            INSERT INTO scheduling.appointment_requests (id, reference, applicant_id, port_code, window_date, requested_at, registered_at,
                traveller_count, traveller_ids, current_state, location_checked, status)
            VALUES ($1, $2, $3, $4, $5, now(), '2025-01-01', $6, $7, 'CHH', false, {RequestStatusSql.Pending})
            """, connection);
        foreach (var value in new object[] { id, $"J-{id.ToString()[^12..]}", applicant, port, window, people, travellers })
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        Assert.Equal(1, await command.ExecuteNonQueryAsync());
        return applicant;
    }

    /// <summary>Each person told, one entry per recipient of the batched notices the jobs queue.</summary>
    public static async Task<List<NotificationRequested>> NoticesAsync(SchedulingFixture fixture, string kind)
    {
        var messages = await fixture.QueryAsync(db => db.Set<OutboxMessage>().Where(m => m.Type == IntegrationEventRegistry.NameOf<NotificationsRequested>()).ToListAsync());
        return [.. messages.Select(m => JsonSerializer.Deserialize<NotificationsRequested>(m.Payload)!).Where(n => n.Kind == kind)
            .SelectMany(n => n.RecipientIds.Select(r => new NotificationRequested(n.EventId, n.OccurredAt, r, n.Kind, n.Arguments, n.Link)))];
    }

    public static async Task ExecuteAsync(SchedulingFixture fixture, string sql)
    {
        await using var connection = await fixture.Host.Services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
