namespace Border.Benchmarks;

/// <summary>Every benchmark the program knows. Later issues add theirs here.</summary>
internal static class BenchmarkRegistry
{
    public static IReadOnlyList<IBenchmark> Create(BenchmarkArguments arguments) =>
    [
        new OutboxBenchmark(arguments.Count ?? OutboxBenchmark.DefaultCount),
        new PagesBenchmark(),
        new FanOutBenchmark(arguments.Count ?? FanOutBenchmark.DefaultCount),
        new AllocationBenchmark(arguments.Count ?? AllocationBenchmark.DefaultCount),
        new ExpiryBenchmark(arguments.Count ?? ExpiryBenchmark.DefaultCount),
        new EnumerationBenchmark(arguments.Count ?? EnumerationBenchmark.DefaultCount),
        new WebBenchmark(arguments.Count ?? WebBenchmark.DefaultCount),
        new CasesBenchmark(arguments.Count ?? CasesBenchmark.DefaultCount),
        new MessagingBenchmark(arguments.Count ?? MessagingBenchmark.DefaultCount),
    ];
}
