using Border.Accounts.Contracts;
using Border.Testing;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Border.Benchmarks;

/// <summary>The demo accounts and <c>count</c> applicants registered through Accounts' own use case, their events delivered.</summary>
internal static class WebBenchData
{
    public static async Task<IReadOnlyList<string>> SeedAsync(string database, int count)
    {
        await using var host = BorderHost.ForDatabase(database);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new SeedDemoAccounts());
        }

        var emails = Enumerable.Range(1, count).Select(i => $"bench-{i:0000}@example.test").ToList();
        // A few at a time: registering hashes the password, which is meant to be slow.
        await Parallel.ForEachAsync(emails, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (email, _) =>
            await TestApplicants.RegisterAsync(host.Services, email));
        await host.DispatchOutboxAsync();
        return emails;
    }

    public static string ContentRoot() =>
        Environment.GetEnvironmentVariable("BORDER_BENCH_WEB") is { Length: > 0 } other
            ? other
            : Path.Combine(BenchmarkDatabase.RepositoryRoot(), "src", "Web");
}
