using Border.Architecture.Tests.Support;

namespace Border.Architecture.Tests.Localization;

/// <summary>The product's source under src/ and its Spanish resources, build output left out.</summary>
internal static class SourceTree
{
    public const string SpanishStrings = "src/Shared/Localization/Strings.es.resx";

    public static string SpanishStringsPath => RepositoryRoot.Combine(SpanishStrings.Split('/'));

    public static IReadOnlyList<KeyUse> LocalizerKeys() =>
    [
        .. Files("*.cs").Concat(Files("*.cshtml"))
            .SelectMany(path => LocalizerKeyScanner.Scan(File.ReadAllText(path), Path.GetRelativePath(RepositoryRoot.Path, path))),
    ];

    /// <summary>The text of every source a key could be written in: C#, Razor and JSON (settings, seeds).</summary>
    public static IReadOnlyList<string> SourceTexts() =>
        [.. Files("*.cs").Concat(Files("*.cshtml")).Concat(Files("*.json")).Select(File.ReadAllText)];

    public static IReadOnlyList<string> SpanishResources() => [.. Files("*.es.resx")];

    public static IReadOnlyList<string> Views() => [.. Files("*.cshtml")];

    private static IEnumerable<string> Files(string pattern) =>
        Directory.EnumerateFiles(RepositoryRoot.Combine("src"), pattern, SearchOption.AllDirectories)
            .Where(path => !path.Replace('\\', '/').Split('/').Any(part => part is "bin" or "obj"))
            .Order(StringComparer.Ordinal);
}
