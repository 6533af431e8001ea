using System.Diagnostics;
using Border.Scheduling.Contracts;
using Border.Scheduling.Data;
using Border.Testing;
using Npgsql;
using static Border.Benchmarks.BenchmarkChecks;

namespace Border.Benchmarks;

/// <summary>
/// The daily draw over 1,000,000 pending requests across the eight ports for one window: times RunAllocation end
/// to end and samples memory, then times the passed-over job that closes the rest afterwards. Fails loudly when the
/// offers exceed a port's capacity or a request is left undecided.
/// </summary>
/// <remarks>The requests are written with one INSERT … SELECT, untimed.</remarks>
internal sealed class AllocationBenchmark(int count) : IBenchmark
{
    public const int DefaultCount = 1_000_000;

    private const double Megabyte = 1024 * 1024;

    public string Name => "allocation";

    public string Description => $"the daily draw over {count:N0} pending requests across the eight ports (--count N)";

    public async Task RunAsync(TextWriter output)
    {
        await using var database = await BenchmarkDatabase.CreateAsync();
        // The million are written before Border starts: its background jobs hold transactions open on the database,
        // and while one is open VACUUM cannot mark the new rows visible to all, so the draw would read the table as
        // well as its index on some runs and not others.
        var date = new DateOnly(2030, 1, 20);
        await SeedRequestsAsync(database, date.AddDays(-15), count);

        // The run over a million requests outlasts the default 30 s command timeout on this machine; measure it instead of failing.
        var settings = QuietLogging.Settings.ToDictionary();
        settings["ConnectionStrings:Border"] = database.ConnectionString + ";Command Timeout=600";
        await using var host = BorderHost.ForDatabase(database.Name, settings);

        // Untimed warm-up: a small draw for a later date (an earlier one would count as released seats for the timed run
        // to fill), so the timed run is a long-running server's daily draw, not the first code path after start-up.
        await SeedRequestsAsync(database, date.AddDays(1 - 15), 2_000);
        await host.SendAsync(new RunAllocation(date.AddDays(1)));
        await host.SendAsync(new ClosePassedOverRequests());

        var memory = MemorySampler.Start();
        var timer = Stopwatch.StartNew();
        var result = await host.SendAsync(new RunAllocation(date));
        var elapsed = timer.Elapsed;
        await memory.DisposeAsync();

        Figures.Write(output, "allocation-total", elapsed.TotalSeconds, "s");
        Figures.Write(output, "allocation-requests", result.Requests, "requests");
        Figures.Write(output, "allocation-offers", result.Offers, "offers");
        Figures.Write(output, "allocation-people", result.People, "people");
        Figures.Write(output, "allocation-heap-max", memory.MaxHeapBytes / Megabyte, "MB");
        Figures.Write(output, "allocation-working-set-start", memory.StartWorkingSetBytes / Megabyte, "MB");
        Figures.Write(output, "allocation-working-set-max", memory.MaxWorkingSetBytes / Megabyte, "MB");
        // The whole process until now: start-up, warm-up and the draw, before the passed-over job below.
        Figures.WritePeakMemory(output, "allocation-process-peak");

        Expect(result.Requests, count, "requests decided by the run");
        Expect(await CountAsync(database, $"""
            SELECT count(*) FROM scheduling.appointment_requests r
            WHERE status = {RequestStatusSql.Pending} AND NOT EXISTS (SELECT 1 FROM scheduling.allocation_runs run WHERE run.window_date = r.window_date)
            """), 0, "requests still waiting for a draw");
        var over = await CountAsync(database, $"""
            SELECT count(*) FROM (
                SELECT a.port_code FROM scheduling.appointments a JOIN scheduling.ports p ON p.code = a.port_code
                WHERE a.date = '{date:yyyy-MM-dd}' GROUP BY a.port_code, p.daily_capacity HAVING sum(a.people_count) > p.daily_capacity) o
            """);
        Expect(over, 0, "ports with more people offered than their capacity");
        var capacity = await CountAsync(database, "SELECT sum(daily_capacity) FROM scheduling.ports");
        if (result.People > capacity)
        {
            throw new BenchmarkFailedException($"{result.People} people offered, more than the {capacity} seats of the day.");
        }

        // After the draw, apart from its budget: the passed-over job closes the rest and queues their notices.
        timer.Restart();
        var closed = await host.SendAsync(new ClosePassedOverRequests());
        Figures.Write(output, "allocation-passed-over-total", timer.Elapsed.TotalSeconds, "s");
        Expect(closed, count - result.Offers, "passed-over requests closed");
        Expect(await CountAsync(database, "SELECT count(*) FROM scheduling.appointment_requests WHERE status = 'Pending'"), 0, "requests left pending");
    }
    private static async Task SeedRequestsAsync(BenchmarkDatabase database, DateOnly window, int count)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"""
            INSERT INTO scheduling.appointment_requests (id, reference, applicant_id, port_code, window_date, requested_at, registered_at,
                traveller_count, traveller_ids, current_state, location_checked, status)
            SELECT gen_random_uuid(), 'B-{window:yyyyMMdd}-' || i, g.applicant, (ARRAY(SELECT code FROM scheduling.ports ORDER BY code))[1 + i % 8],
                '{window:yyyy-MM-dd}', now(), timestamptz '2024-01-01' + (i % 500000) * interval '1 minute',
                1 + i % 4, array_prepend(g.applicant, array_fill(gen_random_uuid(), ARRAY[i % 4])), 'CHH', false, {RequestStatusSql.Pending}
            FROM generate_series(1, {count}) AS i, LATERAL (SELECT gen_random_uuid() AS applicant WHERE i IS NOT NULL) g;
            """, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
        // The requests arrive over a twelve-hour window, time enough for autovacuum to pass over them before the draw;
        // without this the timed run would pay for setting a million rows' hint bits, a cost of the bulk seed alone.
        command.CommandText = "VACUUM (ANALYZE) scheduling.appointment_requests";
        await command.ExecuteNonQueryAsync();
        // Likewise the checkpoints of those hours: the seed's half a gigabyte of WAL would otherwise be flushed to disk
        // during the timed draw.
        command.CommandText = "CHECKPOINT";
        await command.ExecuteNonQueryAsync();
    }
}
