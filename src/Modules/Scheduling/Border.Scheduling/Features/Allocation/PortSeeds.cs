namespace Border.Scheduling.Features.Allocation;

/// <summary>Each port draws with its own seed, made from the run's seed and the port's code, so ports never share a shuffle.</summary>
internal static class PortSeeds
{
    public static ulong For(long runSeed, string portCode)
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
