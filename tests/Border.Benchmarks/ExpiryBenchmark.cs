using System.Diagnostics;
using Border.Scheduling.Contracts;
using Border.Scheduling.Data;
using Border.Testing;
using Npgsql;
using static Border.Benchmarks.BenchmarkChecks;

namespace Border.Benchmarks;

/// <summary>
/// 100,000 overdue offers expired by one ExpireOffers: each is expired from its deadline in every read, so what is
/// timed is telling everyone (reading the overdue offers and the outbox INSERT … SELECT of one batched notice per port,
/// slot and deadline) and moving the progress row. Storing Expired on the rows afterwards, in pages of
/// CloseExpiredOffers as the job does, is timed on its own. The offers are written with one INSERT … SELECT, untimed.
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
        Expect(await CountAsync(database, "SELECT sum(jsonb_array_length(payload->'RecipientIds')) FROM scheduling.outbox_messages WHERE payload->>'Kind' = 'offer-expired'"), count, "people told");
        Expect(await host.SendAsync(new ExpireOffers()), 0, "offers expired by a second run");

        timer.Restart();
        var closed = 0;
        for (int page; (page = await host.SendAsync(new CloseExpiredOffers())) > 0;)
        {
            closed += page;
        }

        Figures.Write(output, "expiry-closing-total", timer.Elapsed.TotalSeconds, "s");
        Expect(closed, count, "offers closed");
        Expect(await CountAsync(database, $"SELECT count(*) FROM scheduling.appointments WHERE status = {AppointmentStatusSql.Expired}"), count, "expired rows");
    }

    /// <remarks>
    /// The deadline falls after the warm-up's run of the job and before the timed one, as a minute of the job's would.
    /// Ids are made as Border makes them (UUIDv7, in time order; the requests' ids shuffled, as a draw picks requests
    /// across its window), and the table is vacuumed as autovacuum would have done in the day since the draw.
    /// </remarks>
    private async Task SeedOffersAsync(BenchmarkDatabase database)
    {
        var random = new Random(7);
        var requests = Enumerable.Range(0, count).Select(_ => Guid.CreateVersion7()).ToArray();
        random.Shuffle(requests);
        var offers = Enumerable.Range(0, count).Select(_ => Guid.CreateVersion7()).ToArray();
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using (var create = new NpgsqlCommand("CREATE TEMP TABLE seed (id uuid, request_id uuid, applicant_id uuid, n int)", connection))
        {
            await create.ExecuteNonQueryAsync();
        }

        await using (var copy = await connection.BeginBinaryImportAsync("COPY seed (id, request_id, applicant_id, n) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < count; i++)
            {
                await copy.StartRowAsync();
                await copy.WriteAsync(offers[i], NpgsqlTypes.NpgsqlDbType.Uuid);
                await copy.WriteAsync(requests[i], NpgsqlTypes.NpgsqlDbType.Uuid);
                await copy.WriteAsync(Guid.CreateVersion7(), NpgsqlTypes.NpgsqlDbType.Uuid);
                await copy.WriteAsync(i, NpgsqlTypes.NpgsqlDbType.Integer);
            }

            await copy.CompleteAsync();
        }

        await using var command = new NpgsqlCommand($"""
            INSERT INTO scheduling.appointments (id, request_id, applicant_id, allocation_run_id, port_code, date, slot_start, time_zone,
                slot_starts_at, people_count, traveller_ids, status, offered_at, deadline, identity_review)
            SELECT s.id, s.request_id, s.applicant_id, '00000000-0000-0000-0000-000000000001', p.code, date '2030-02-01',
                '07:00', p.time_zone, now() + interval '10 days', 1, ARRAY[s.applicant_id], {AppointmentStatusSql.Offered}, now() - interval '1 day',
                now(), false
            FROM seed s JOIN (SELECT code, time_zone, row_number() OVER (ORDER BY code) - 1 AS k FROM scheduling.ports) p ON p.k = s.n % 8
            ORDER BY s.id;
            """, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
        command.CommandText = "VACUUM (ANALYZE) scheduling.appointments";
        await command.ExecuteNonQueryAsync();
        // And the checkpoints of those hours, so the seed's WAL is not flushed during the timed expiry.
        command.CommandText = "CHECKPOINT";
        await command.ExecuteNonQueryAsync();
    }
}
