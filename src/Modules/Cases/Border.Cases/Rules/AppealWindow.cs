using Border.Cases.Contracts.Catalogue;

namespace Border.Cases.Rules;

internal static class AppealWindow
{
    /// <summary>Days to appeal a denial of the kind: configuration first, then the catalogue; null when final.</summary>
    public static int? Days(CaseKind kind, CasesOptions options) =>
        CaseCatalogue.For(kind).AppealWindowDays is null ? null
        : options.AppealWindowDays.TryGetValue(kind.ToString(), out var days) ? days
        : CaseCatalogue.For(kind).AppealWindowDays;
}
