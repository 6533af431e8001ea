using Border.Cases.Data;
using Border.Shared.Localization;

namespace Border.Cases.Rules;

/// <summary>Which language of a version a reader gets: Spanish when they read Spanish and it has some, else English.</summary>
internal static class RequirementLanguage
{
    public static bool HasSpanish(RequirementVersion version) =>
        !string.IsNullOrWhiteSpace(version.TitleSpanish) && !string.IsNullOrWhiteSpace(version.BodySpanish);

    public static string For(RequirementVersion version, string culture) =>
        Cultures.Normalize(culture) == Cultures.Spanish && HasSpanish(version) ? Cultures.Spanish : Cultures.English;

    public static string Title(RequirementVersion version, string language) =>
        language == Cultures.Spanish ? version.TitleSpanish! : version.TitleEnglish;

    public static string Body(RequirementVersion version, string language) =>
        language == Cultures.Spanish ? version.BodySpanish! : version.BodyEnglish;
}
