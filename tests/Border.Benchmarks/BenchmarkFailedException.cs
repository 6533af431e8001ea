namespace Border.Benchmarks;

/// <summary>The run did not do what it measured (missing rows, an error page): its figures mean nothing.</summary>
internal sealed class BenchmarkFailedException(string message) : Exception(message);
