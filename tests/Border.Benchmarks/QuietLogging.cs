namespace Border.Benchmarks;

/// <summary>Keeps stdout for figures: the hosts log warnings and errors only, and to stderr.</summary>
internal static class QuietLogging
{
    public static IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Logging:LogLevel:Default"] = "Warning",
        ["Logging:Console:LogToStandardErrorThreshold"] = "Trace",
    };
}
