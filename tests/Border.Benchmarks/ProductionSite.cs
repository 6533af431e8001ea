using Border.Testing;

namespace Border.Benchmarks;

/// <summary>The site in process, in Production, on a database the benchmark made; logging to stderr only.</summary>
internal sealed class ProductionSite(string database) : BorderWebApp("Production", database)
{
    protected override IEnumerable<KeyValuePair<string, string?>> Settings => QuietLogging.Settings;
}
