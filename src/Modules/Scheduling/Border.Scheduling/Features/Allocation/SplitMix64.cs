namespace Border.Scheduling.Features.Allocation;

/// <summary>
/// SplitMix64 (Steele, Lea and Flood, 2014): a tiny, well-studied generator written out here rather than
/// System.Random, whose algorithm .NET may change between versions. The same seed gives the same draw on every
/// machine and every future version, so anyone can replay a run from its recorded seed.
/// </summary>
internal struct SplitMix64(ulong seed)
{
    private ulong state = seed;

    public ulong Next()
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A uniform integer in [0, bound), without modulo bias (Lemire's rejection method).</summary>
    public int Below(int bound)
    {
        var limit = (ulong)bound;
        var threshold = (0UL - limit) % limit;
        while (true)
        {
            var product = Math.BigMul(Next(), limit, out var low);
            if (low >= threshold)
            {
                return (int)product;
            }
        }
    }
}
