using System.Diagnostics;
using Border.Cases.Contracts;
using Border.Cases.Data;
using Border.Testing;
using Npgsql;
using static Border.Benchmarks.BenchmarkChecks;

namespace Border.Benchmarks;

/// <summary>
/// The officers' queue over 1,000,000 cases (the first page and a page 10,000 cases deep, through ListCaseQueue) and
/// screening one traveller against a 100,000-name watch list (through ScreenName), each the median of 50. The rows
/// are written with INSERT … SELECT generate_series, untimed. The queue's SQL is caught as EF sends it and explained
/// with its own parameters: the benchmark fails when the plan sorts instead of reading an index in order.
/// </summary>
internal sealed class CasesBenchmark(int count) : IBenchmark
{
    public const int DefaultCount = 1_000_000;

    private const int WatchListSize = 100_000;
    private const int Runs = 50;
    private const int Depth = 10_000;

    public string Name => "cases";

    public string Description => $"the officers' queue over {count:N0} cases and screening against {WatchListSize:N0} names (--count N)";

    public async Task RunAsync(TextWriter output)
    {
        await using var database = await BenchmarkDatabase.CreateAsync();
        await using var host = BorderHost.ForDatabase(database.Name, QuietLogging.Settings.ToDictionary());
        await CasesBenchData.SeedAsync(database, count, WatchListSize);

        var officer = Guid.CreateVersion7();
        var first = new ListCaseQueue(officer, new CaseQueueFilter());
        var deep = new ListCaseQueue(officer, new CaseQueueFilter(), await PositionAsync(database, Depth));

        using (var plans = new QueryPlanCatcher("FROM cases.cases"))
        {
            await host.SendAsync(first);
            await host.SendAsync(deep);
            await plans.ExpectIndexOrderAsync(database.ConnectionString);
        }

        var page = await host.SendAsync(first);
        Expect(page.Cases.Count, ListCaseQueue.PageSize, "cases on the first page");
        var deepPage = await host.SendAsync(deep);
        Expect(deepPage.Cases.Count, ListCaseQueue.PageSize, "cases on the deep page");
        if (deepPage.Cases[0].Position.QueueAt < page.Cases[^1].Position.QueueAt)
        {
            throw new BenchmarkFailedException("the deep page comes before the first page.");
        }

        Figures.Write(output, "cases-queue-first", await MedianAsync(async () => await host.SendAsync(first)), "ms");
        Figures.Write(output, "cases-queue-deep", await MedianAsync(async () => await host.SendAsync(deep)), "ms");

        var screen = new ScreenName(CasesBenchData.ScreenedName, null);
        var matches = await host.SendAsync(screen);
        if (!matches.Any(m => m.FullName == CasesBenchData.ListedName))
        {
            throw new BenchmarkFailedException($"screening {CasesBenchData.ScreenedName} did not find {CasesBenchData.ListedName}.");
        }

        Figures.Write(output, "cases-screening", await MedianAsync(async () => await host.SendAsync(screen)), "ms");
        Figures.WritePeakMemory(output, "cases-process-peak");
    }

    private static async Task<double> MedianAsync(Func<Task> run)
    {
        var times = new double[Runs];
        for (var i = 0; i < Runs; i++)
        {
            var timer = Stopwatch.StartNew();
            await run();
            times[i] = timer.Elapsed.TotalMilliseconds;
        }

        Array.Sort(times);
        return (times[(Runs / 2) - 1] + times[Runs / 2]) / 2;
    }

    /// <summary>The keyset position of the case <paramref name="depth"/> places into the default queue (untimed).</summary>
    private static async Task<QueuePosition> PositionAsync(BenchmarkDatabase database, int depth)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"SELECT queue_at, id FROM cases.cases WHERE state = {CaseStateSql.Submitted} AND claimed_by IS NULL ORDER BY queue_at, id OFFSET $1 LIMIT 1",
            connection) { CommandTimeout = 0 };
        command.Parameters.Add(new NpgsqlParameter { Value = depth - 1 });
        await using var reader = await command.ExecuteReaderAsync();
        if (!await reader.ReadAsync())
        {
            throw new BenchmarkFailedException($"fewer than {depth} cases wait in the queue.");
        }

        return new QueuePosition(reader.GetFieldValue<DateTimeOffset>(0), reader.GetGuid(1));
    }
}
