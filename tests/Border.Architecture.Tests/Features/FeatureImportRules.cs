using System.Text.RegularExpressions;
using Border.Architecture.Tests.Support;

namespace Border.Architecture.Tests.Features;

/// <summary>
/// A feature folder (src/Modules/{M}/Border.{M}/Features/{F}/...) may import its module's Data/, Rules/ and Contracts,
/// never a sibling feature: what two features share is a rule, and it gets a name in Rules/. Any mention of a sibling's
/// namespace, as a using or a qualified name, is an import.
/// </summary>
internal static partial class FeatureImportRules
{
    public static IReadOnlyList<string> Violations(IEnumerable<SourceFile> files) =>
    [
        .. files.SelectMany(file => FeatureOf(file.Path) is not { } feature ? [] :
            file.Text.Split('\n').Select((line, index) => (Line: index + 1, Text: line))
                .SelectMany(line => FeatureNamespace().Matches(line.Text)
                    .Where(m => m.Groups["module"].Value == feature.Module && m.Groups["feature"].Value != feature.Name)
                    .Select(m => $"{file.Path}:{line.Line} ({feature.Module} feature {feature.Name}) imports feature {m.Groups["feature"].Value}"))
                .Distinct()),
    ];

    private static (string Module, string Name)? FeatureOf(string path) =>
        path.Split('/') is ["src", "Modules", var module, var project, "Features", var feature, _, ..] && project == $"Border.{module}"
            ? (module, feature)
            : null;

    [GeneratedRegex(@"\bBorder\.(?<module>[A-Za-z]+)\.Features\.(?<feature>[A-Za-z0-9]+)\b")]
    private static partial Regex FeatureNamespace();
}
