namespace Border.Scheduling.Rules;

/// <summary>
/// Scheduling:Region: where an applicant must be to request. The rule is the Mexican state they say they are
/// in. Coordinates, when the browser gives them, only catch someone clearly elsewhere (see <see cref="Region"/>).
/// </summary>
internal sealed class RegionOptions
{
    public const string Section = "Scheduling:Region";

    /// <summary>Codes from Border.Accounts.Contracts.Places.MexicanStates; empty means the default list.</summary>
    public string[] EligibleStates { get; set; } = [];

    public IReadOnlyList<string> Eligible => EligibleStates is { Length: > 0 } set ? set : DefaultEligibleStates;

    /// <summary>
    /// Every state north of about the 19th parallel, plus Tabasco and Chiapas (added in August 2024). Out by
    /// default: Guerrero, Oaxaca (south of the line), Campeche, Yucatán and Quintana Roo (the Yucatán
    /// peninsula, which the published rule never included). Morelos, whose capital lies at 18.9°, is in.
    /// </summary>
    public static readonly IReadOnlyList<string> DefaultEligibleStates =
    [
        "AGU", "BCN", "BCS", "CHP", "CHH", "CMX", "COA", "COL", "DUR", "MEX", "GUA", "HID", "JAL", "MIC", "MOR", "NAY",
        "NLE", "PUE", "QUE", "SLP", "SIN", "SON", "TAB", "TAM", "TLA", "VER", "ZAC",
    ];
}
