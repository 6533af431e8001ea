using System.Diagnostics;

namespace Border.Benchmarks;

/// <summary>Samples the managed heap and working set while something runs, to show whether memory stays flat.</summary>
internal sealed class MemorySampler : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Task sampling;

    private MemorySampler()
    {
        StartHeapBytes = GC.GetTotalMemory(forceFullCollection: true);
        StartWorkingSetBytes = WorkingSet();
        sampling = SampleAsync();
    }

    public long StartHeapBytes { get; }

    public long StartWorkingSetBytes { get; }

    public long MaxHeapBytes { get; private set; }

    public long MaxWorkingSetBytes { get; private set; }

    /// <summary>The heap at each quarter of the run, to see growth rather than one peak.</summary>
    public List<long> HeapSamples { get; } = [];

    public static MemorySampler Start() => new();

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await sampling;
        stop.Dispose();
    }

    private async Task SampleAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(200));
        try
        {
            while (await timer.WaitForNextTickAsync(stop.Token))
            {
                var heap = GC.GetTotalMemory(forceFullCollection: false);
                HeapSamples.Add(heap);
                MaxHeapBytes = Math.Max(MaxHeapBytes, heap);
                MaxWorkingSetBytes = Math.Max(MaxWorkingSetBytes, WorkingSet());
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private static long WorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }
}
