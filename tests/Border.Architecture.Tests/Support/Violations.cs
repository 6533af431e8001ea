namespace Border.Architecture.Tests.Support;

internal static class Violations
{
    /// <summary>Fails with every violation listed, one a line, so one run shows everything to fix.</summary>
    public static void AssertNone(string rule, IReadOnlyCollection<string> violations)
    {
        if (violations.Count > 0)
        {
            Assert.Fail($"{rule}: {violations.Count} violation(s)\n  - {string.Join("\n  - ", violations)}");
        }
    }
}
