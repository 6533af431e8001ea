using System.Text.RegularExpressions;

namespace Border.Web.Tests.Support;

/// <summary>A route pattern with each parameter filled by a value of the right shape (a real port, a well-formed id).</summary>
internal static partial class RouteSamples
{
    public static string Fill(string pattern) => "/" + Parameter().Replace(
        pattern.TrimStart('/'),
        match => match.Groups["name"].Value switch
        {
            "code" => "nogales",
            "culture" => "es",
            "number" => "1",
            "outcome" => "arrived",
            "change" => "disable",
            "group" => "platform",
            "name" => "outbox-cleanup",
            _ when match.Groups["constraint"].Value.Contains("int", StringComparison.Ordinal) => "1",
            _ => "0199a000-0000-7000-8000-000000000099",
        });

    [GeneratedRegex(@"\{(?<name>[a-zA-Z]+)(?<constraint>:[^}]*)?\}")]
    private static partial Regex Parameter();
}
