using Border.Shared.Settings;

namespace Border.Scheduling.Features.Requests;

/// <summary>
/// Scheduling:Region: where an applicant must be to request. The rule is the Mexican state they say they are
/// in. Coordinates, when the browser gives them, only catch someone clearly elsewhere (see <see cref="Region"/>).
/// </summary>
internal sealed class RegionOptions
{
    public const string Section = "Scheduling:Region";

    /// <summary>Codes from Border.Accounts.Contracts.Places.MexicanStates; empty means the default list.</summary>
    public string[] EligibleStates { get; set; } = [];

    public IReadOnlyList<string> Eligible => EligibleStates is { Length: > 0 } set ? set : SettingKeys.DefaultEligibleStates;
}
