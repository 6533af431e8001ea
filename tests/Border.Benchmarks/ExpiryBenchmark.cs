using System.Diagnostics;
using Border.Scheduling.Contracts;
using Border.Testing;
using Npgsql;
using static Border.Benchmarks.BenchmarkChecks;

namespace Border.Benchmarks;

/// <summary>
/// 100,000 overdue offers expired by one ExpireOffers: the conditional UPDATE and the outbox INSERT … SELECT that
/// tells each person, timed together. The offers are written with one INSERT … SELECT, untimed.
/// </summary>
internal sealed class ExpiryBenchmark(int count) : IBenchmark
{
    public const int DefaultCount = 100_000;

    public string Name => "expiry";

    public string Description => $"expire {count:N0} overdue offers and queue a notice for each (--count N)";

    public async Task RunAsync(TextWriter output)
    {
        await using var database = await BenchmarkDatabase.CreateAsync();
        await using var host = BorderHost.ForDatabase(database.Name, QuietLogging.Settings.ToDictionary());
        Expect(await host.SendAsync(new ExpireOffers()), 0, "offers expired by the warm-up");
        await SeedOffersAsync(database);

        var timer = Stopwatch.StartNew();
        var expired = await host.SendAsync(new ExpireOffers());
        var elapsed = timer.Elapsed;

        Figures.Write(output, "expiry-total", elapsed.TotalSeconds, "s");
        Figures.Write(output, "expiry-rate", Figures.PerSecond(expired, elapsed), "offers/s");
        Expect(expired, count, "offers expired");
        Expect(await CountAsync(database, "SELECT count(*) FROM scheduling.appointments WHERE status = 'Expired'"), count, "expired rows");
        Expect(await CountAsync(database, "SELECT count(*) FROM scheduling.outbox_messages WHERE payload->>'Kind' = 'offer-expired'"), count, "notices queued");
        Expect(await host.SendAsync(new ExpireOffers()), 0, "offers expired by a second run");
    }

    private async Task SeedOffersAsync(BenchmarkDatabase database)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"""
            INSERT INTO scheduling.appointments (id, request_id, applicant_id, allocation_run_id, port_code, date, slot_start, time_zone,
                slot_starts_at, people_count, traveller_ids, status, offered_at, deadline, identity_review)
            SELECT gen_random_uuid(), gen_random_uuid(), a.id, '00000000-0000-0000-0000-000000000001', p.code, date '2030-02-01',
                '07:00', p.time_zone, now() + interval '10 days', 1, ARRAY[a.id], 'Offered', now() - interval '1 day',
                now() - interval '1 minute', false
            FROM generate_series(1, {count}) AS i, LATERAL (SELECT gen_random_uuid() AS id WHERE i IS NOT NULL) a,
                LATERAL (SELECT code, time_zone FROM scheduling.ports ORDER BY code OFFSET i % 8 LIMIT 1) p;
            ANALYZE scheduling.appointments;
            """, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }
}
