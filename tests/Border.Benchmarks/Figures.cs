using System.Diagnostics;
using System.Globalization;

namespace Border.Benchmarks;

/// <summary>Writes figures as <c>name: value unit</c>, with the invariant culture so they read the same everywhere.</summary>
internal static class Figures
{
    public static void Write(TextWriter output, string name, double value, string unit) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {value:0.#} {unit}"));

    /// <summary>A fraction to three decimals: a ratio of 0.026 must not print as 0.</summary>
    public static void WriteRatio(TextWriter output, string name, double value, string unit) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {value:0.###} {unit}"));

    public static void Write(TextWriter output, string name, long value, string unit) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {value} {unit}"));

    public static double PerSecond(long count, TimeSpan elapsed) => count / elapsed.TotalSeconds;

    /// <summary>The process's peak working set so far; every benchmark ends with it.</summary>
    public static void WritePeakMemory(TextWriter output, string name = "peak-memory")
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        Write(output, name, process.PeakWorkingSet64 / (1024.0 * 1024.0), "MB");
    }
}
