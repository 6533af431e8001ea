namespace Border.Architecture.Tests.Support;

/// <summary>A source file as text, named by its path from the repository root with forward slashes.</summary>
internal sealed record SourceFile(string Path, string Text)
{
    /// <summary>The C# files under a folder of the repository, build output left out.</summary>
    public static IReadOnlyList<SourceFile> Under(params string[] folder) =>
    [
        .. Directory.EnumerateFiles(RepositoryRoot.Combine(folder), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Replace('\\', '/').Split('/').Any(part => part is "bin" or "obj"))
            .Order(StringComparer.Ordinal)
            .Select(path => new SourceFile(System.IO.Path.GetRelativePath(RepositoryRoot.Path, path).Replace('\\', '/'), File.ReadAllText(path))),
    ];
}
