using System.Xml.Linq;

namespace Border.Architecture.Tests.Localization;

/// <summary>One string resource: its name (the English key) and its value (the translation).</summary>
internal sealed record ResxEntry(string File, string Name, string? Value);

internal static class ResxEntries
{
    /// <summary>String entries only: entries with a type or mimetype are files or objects, not text.</summary>
    public static IReadOnlyList<ResxEntry> Parse(string xml, string file) =>
    [
        .. XDocument.Parse(xml).Root!.Elements("data")
            .Where(data => data.Attribute("type") is null && data.Attribute("mimetype") is null)
            .Select(data => new ResxEntry(file, (string?)data.Attribute("name") ?? "", (string?)data.Element("value"))),
    ];

    public static IReadOnlyList<ResxEntry> Read(string path) => Parse(File.ReadAllText(path), path);
}
