using Border.Shared.References;

namespace Border.Scheduling.Rules;

/// <summary>References people read aloud or type, from the alphabet every module shares (<see cref="ReferenceCodes"/>).</summary>
internal static class References
{
    public static string New(string prefix = "BRD") => ReferenceCodes.New(prefix);
}
