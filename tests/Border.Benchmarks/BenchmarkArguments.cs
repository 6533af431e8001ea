using System.Globalization;

namespace Border.Benchmarks;

/// <summary>The command line: a benchmark name, then options such as <c>--count 500</c>.</summary>
internal sealed record BenchmarkArguments(string? Name, int? Count)
{
    public static BenchmarkArguments Parse(IReadOnlyList<string> args)
    {
        string? name = null;
        int? count = null;
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--count")
            {
                if (i + 1 >= args.Count
                    || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var parsed)
                    || parsed < 1)
                {
                    throw new ArgumentException("--count needs a whole number of at least 1.");
                }

                count = parsed;
                i++;
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"Unknown option '{args[i]}'.");
            }
            else if (name is null)
            {
                name = args[i];
            }
            else
            {
                throw new ArgumentException($"Only one benchmark per run; '{name}' and '{args[i]}' were given.");
            }
        }

        return new BenchmarkArguments(name, count);
    }
}
