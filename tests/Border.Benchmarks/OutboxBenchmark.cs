using System.Diagnostics;
using System.Globalization;
using Border.Accounts.Contracts;
using Border.Notifications.Data;
using Border.Testing;
using static Border.Benchmarks.BenchmarkChecks;
using Npgsql;

namespace Border.Benchmarks;

/// <summary>
/// Registers applicants through the real use case (Identity hashing, the Accounts outbox), then times
/// delivering their events to Notifications: a welcome in the inbox and a queued confirmation email each.
/// </summary>
/// <remarks>
/// The default count is 500, not 2,000: each registration hashes its password (PBKDF2, about 0.1 s of CPU),
/// so 2,000 took eight minutes on a busy 2-core machine. Writing rows around the use case to go faster
/// would measure something Border never does; <c>--count 2000</c> runs the larger figure.
/// </remarks>
internal sealed class OutboxBenchmark(int count) : IBenchmark
{
    public const int DefaultCount = 500;

    private const string Password = "benchmark passphrase for the outbox";

    private const int EventsPerRegistration = 2;

    public string Name => "outbox";

    public string Description => $"register {count} applicants (--count N), then time delivering their events";

    public async Task RunAsync(TextWriter output)
    {
        await using var database = await BenchmarkDatabase.CreateAsync();
        await using var host = BorderHost.ForDatabase(database.Name, QuietLogging.Settings.ToDictionary());

        // One untimed applicant, delivered, so neither figure includes building models and first-call JIT.
        await host.SendAsync(Registration("warm-up", "en"));
        // Each registration tells two things: ApplicantRegistered (the welcome) and the confirmation email's request.
        Expect(await host.DispatchOutboxAsync(), EventsPerRegistration, "events delivered for the warm-up applicant");

        var workers = Environment.ProcessorCount;
        var registering = Stopwatch.StartNew();
        await RegisterAsync(host, workers);
        registering.Stop();
        Figures.Write(output, "register-applicant", Figures.PerSecond(count, registering.Elapsed), "requests/s");
        Figures.Write(output, "register-applicant-clients", workers, "concurrent");

        var pending = await CountAsync(database, """
            SELECT count(*) FROM accounts.outbox_messages
            WHERE processed_at IS NULL AND type LIKE 'Border.Accounts.Contracts.ApplicantRegistered,%'
            """);
        Expect(pending, count, "pending ApplicantRegistered events after registering");

        var delivering = Stopwatch.StartNew();
        var delivered = await host.DispatchOutboxAsync();
        delivering.Stop();
        Expect(delivered, count * EventsPerRegistration, "events delivered");

        Expect(await CountAsync(database, "SELECT count(*) FROM notifications.notifications WHERE kind = 'welcome'"),
            count + 1, "welcome notifications after delivery (with the warm-up applicant's)");
        Expect(await CountAsync(database, $"SELECT count(*) FROM notifications.email_messages WHERE status = {EmailStatusSql.Pending}"),
            count + 1, "confirmation emails queued (with the warm-up applicant's)");
        Expect(await CountAsync(database, "SELECT count(*) FROM accounts.outbox_messages WHERE processed_at IS NULL"),
            0, "undelivered Accounts events");

        Figures.Write(output, "outbox-delivery", Figures.PerSecond(delivered, delivering.Elapsed), "events/s");
        Figures.Write(output, "outbox-delivery-total", delivering.Elapsed.TotalMilliseconds, "ms");
        Figures.Write(output, "outbox-delivery-events", delivered, "events");
    }

    /// <summary>Sends the use case from several clients at once, as concurrent requests to the site would.</summary>
    private async Task RegisterAsync(BorderHost host, int workers)
    {
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                await host.SendAsync(Registration(i.ToString("D6", CultureInfo.InvariantCulture), i % 2 == 0 ? "en" : "es"));
            }
        }));
    }

    private static RegisterApplicant Registration(string suffix, string culture) =>
        new($"applicant-{suffix}@bench.example", Password, culture, AcceptedTerms: true);
}
