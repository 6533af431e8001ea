using Border.Testing;

namespace Border.Benchmarks;

/// <summary>The whole site in process (Development, demo accounts seeded), logging to stderr only.</summary>
internal sealed class BenchmarkSite : BorderWebApp
{
    protected override IEnumerable<KeyValuePair<string, string?>> Settings => QuietLogging.Settings;
}
