using Border.Benchmarks;

// Run from the output folder, as `dotnet test` runs the tests: WebApplicationFactory looks for
// MvcTestingAppManifest.json in the current directory to find the site's content root.
Environment.CurrentDirectory = AppContext.BaseDirectory;

BenchmarkArguments arguments;
try
{
    arguments = BenchmarkArguments.Parse(args);
}
catch (ArgumentException ex)
{
    await Console.Error.WriteLineAsync(ex.Message);
    return 2;
}

var benchmarks = BenchmarkRegistry.Create(arguments);
if (arguments.Name is null or "list")
{
    Console.WriteLine("Usage: dotnet run -c Release --project tests/Border.Benchmarks -- NAME [--count N]");
    foreach (var listed in benchmarks)
    {
        Console.WriteLine($"  {listed.Name,-10} {listed.Description}");
    }

    return 0;
}

var benchmark = benchmarks.FirstOrDefault(b => b.Name == arguments.Name);
if (benchmark is null)
{
    await Console.Error.WriteLineAsync(
        $"Unknown benchmark '{arguments.Name}'. Known: {string.Join(", ", benchmarks.Select(b => b.Name))}.");
    return 2;
}

try
{
    await BenchmarkDatabase.EnsureServerAsync();
    await benchmark.RunAsync(Console.Out);
    Figures.WritePeakMemory(Console.Out);
    return 0;
}
catch (BenchmarkFailedException ex)
{
    await Console.Error.WriteLineAsync($"{benchmark.Name} FAILED: {ex.Message}");
    return 1;
}
