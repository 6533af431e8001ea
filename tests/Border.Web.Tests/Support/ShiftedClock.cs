namespace Border.Web.Tests.Support;

/// <summary>
/// The real clock plus however far a test moved it. Authenticator codes come from the real time, and a test
/// may wait for a fresh one; a frozen clock would then fall more than the allowed drift behind them.
/// </summary>
public sealed class ShiftedClock : TimeProvider
{
    private long offsetTicks;

    public override DateTimeOffset GetUtcNow() => DateTimeOffset.UtcNow.AddTicks(Interlocked.Read(ref offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref offsetTicks, by.Ticks);
}
