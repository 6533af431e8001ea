namespace Border.Benchmarks;

/// <summary>One named benchmark: it makes its own data and writes its figures, one line each.</summary>
internal interface IBenchmark
{
    string Name { get; }

    string Description { get; }

    Task RunAsync(TextWriter output);
}
