namespace Border.Scheduling.Features.Allocation;

/// <summary>Each port draws with its own seed, made from the run's seed and the port's code, so ports never share a shuffle.</summary>
internal static class PortSeeds
{
    public static ulong For(long runSeed, string portCode) => Mix(runSeed, portCode);

    /// <summary>The seed for a port's released seats on an earlier date: its own shuffle, independent of the run's date.</summary>
    public static ulong ForReleased(long runSeed, string portCode, DateOnly date) =>
        Mix(runSeed, $"{portCode}@{date:yyyy-MM-dd}");

    private static ulong Mix(long runSeed, string portCode)
    {
        // FNV-1a over the code: stable across runtimes, unlike string.GetHashCode.
        var hash = 14695981039346656037UL;
        foreach (var c in portCode)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return new SplitMix64((ulong)runSeed ^ hash).Next();
    }
}
