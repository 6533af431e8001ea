using System.Diagnostics;
using System.Globalization;
using Border.Notifications.Contracts;
using Border.Notifications.Data;
using Border.Testing;
using static Border.Benchmarks.BenchmarkChecks;
using Npgsql;

namespace Border.Benchmarks;

/// <summary>
/// Publishes a policy update to 1,000,000 applicants: times the supervisor's request, then the background
/// fan-out that puts it in every inbox and queues every email, sampling memory all along.
/// </summary>
/// <remarks>
/// The applicants are written with one INSERT … SELECT, untimed: registering a million through the use case
/// would hash a million passwords (days of CPU) and measures nothing about the fan-out.
/// </remarks>
internal sealed class FanOutBenchmark(int count) : IBenchmark
{
    public const int DefaultCount = 1_000_000;

    private const double Megabyte = 1024 * 1024;

    public string Name => "fanout";

    public string Description => $"publish a policy update to {count:N0} applicants (--count N) and time the fan-out";

    public async Task RunAsync(TextWriter output)
    {
        await using var database = await BenchmarkDatabase.CreateAsync();
        await using var host = BorderHost.ForDatabase(database.Name, QuietLogging.Settings.ToDictionary());

        // Untimed: one update to nobody, so the timed request does not include first-call JIT and model building.
        await host.SendAsync(Update("warm-up"));
        Expect(await host.SendAsync(new FanOutPolicyUpdates()), 0, "people reached by the warm-up update");
        await SeedApplicantsAsync(database);

        var publishing = Stopwatch.StartNew();
        await host.SendAsync(Update("timed"));
        publishing.Stop();

        var memory = MemorySampler.Start();
        var fanningOut = Stopwatch.StartNew();
        var reached = await host.SendAsync(new FanOutPolicyUpdates());
        var elapsed = fanningOut.Elapsed;
        await memory.DisposeAsync();
        Figures.Write(output, "fanout-publish-request", publishing.Elapsed.TotalMilliseconds, "ms");
        Figures.Write(output, "fanout-total", elapsed.TotalSeconds, "s");
        Figures.Write(output, "fanout-rate", Figures.PerSecond(reached, elapsed), "people/s");
        Figures.Write(output, "fanout-heap-start", memory.StartHeapBytes / Megabyte, "MB");
        Figures.Write(output, "fanout-heap-max", memory.MaxHeapBytes / Megabyte, "MB");
        output.WriteLine($"fanout-heap-samples: {Quartiles(memory.HeapSamples)}");
        Figures.Write(output, "fanout-working-set-start", memory.StartWorkingSetBytes / Megabyte, "MB");
        Figures.Write(output, "fanout-working-set-max", memory.MaxWorkingSetBytes / Megabyte, "MB");

        Expect(reached, count, "people reached");
        Expect(await CountAsync(database, "SELECT count(*) FROM notifications.notifications WHERE kind = 'policy-update'"),
            count, "inbox items");
        Expect(await CountAsync(database, $"SELECT count(*) FROM notifications.email_messages WHERE status = {EmailStatusSql.Pending}"),
            count, "queued emails");
        Expect(await CountAsync(database, "SELECT count(*) FROM notifications.policy_updates WHERE completed_at IS NOT NULL"),
            2, "finished updates (with the warm-up)");
        Figures.Write(output, "fanout-people", reached, "people");
    }

    private static PublishPolicyUpdate Update(string name) => new(
        Guid.NewGuid(),
        $"New hours at San Ysidro ({name})",
        "From 1 December the port opens at 06:00.",
        $"Nuevo horario en San Ysidro ({name})",
        "Desde el 1 de diciembre el puerto abre a las 06:00.");

    private async Task SeedApplicantsAsync(BenchmarkDatabase database)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"""
            INSERT INTO accounts.users (id, user_name, normalized_user_name, email, normalized_email, email_confirmed,
                security_stamp, concurrency_stamp, phone_number_confirmed, two_factor_enabled, lockout_enabled,
                access_failed_count, preferred_culture, registered_at)
            SELECT gen_random_uuid(), 'a' || i || '@bench.example', 'A' || i || '@BENCH.EXAMPLE',
                'a' || i || '@bench.example', 'A' || i || '@BENCH.EXAMPLE', true, md5(i::text), md5(i::text),
                false, false, true, 0, CASE WHEN i % 2 = 0 THEN 'en' ELSE 'es' END, now()
            FROM generate_series(1, {count}) AS i;
            INSERT INTO accounts.user_roles (user_id, role_id)
            SELECT id, '0199a000-0000-7000-8000-000000000001' FROM accounts.users WHERE email LIKE '%@bench.example';
            ANALYZE accounts.users; ANALYZE accounts.user_roles;
            """, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }

    private static string Quartiles(List<long> samples)
    {
        if (samples.Count == 0)
        {
            return "(no samples)";
        }

        var points = new[] { 0, samples.Count / 4, samples.Count / 2, samples.Count * 3 / 4, samples.Count - 1 };
        return "MB at 0/25/50/75/100%: " + string.Join(" / ",
            points.Select(i => (samples[i] / Megabyte).ToString("0.#", CultureInfo.InvariantCulture)));
    }
}
