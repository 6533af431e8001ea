namespace Border.Testing;

/// <summary>A clock a test moves by hand, for back-offs and leases that would otherwise take minutes.</summary>
public sealed class TestClock(DateTimeOffset start) : TimeProvider
{
    private long utcTicks = start.UtcTicks;

    /// <summary>Starts now, to the whole millisecond: PostgreSQL keeps microseconds, so times read back compare equal.</summary>
    public TestClock()
        : this(DateTimeOffset.FromUnixTimeMilliseconds(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()))
    {
    }

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref utcTicks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref utcTicks, by.Ticks);
}
