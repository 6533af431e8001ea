using Border.Accounts.Contracts.Places;

namespace Border.Web.Forms;

/// <summary>A select of countries or states; <see cref="First"/> puts the usual answers at the top.</summary>
public sealed record PlaceSelect(string Name, string Label, IReadOnlyList<Place> Places, string? Selected, string Autocomplete = "off")
{
    /// <summary>Where most people who cross at Border's ports come from.</summary>
    public static readonly IReadOnlyList<string> CommonCountries = ["MX", "GT", "HN", "SV", "NI", "VE", "CU", "HT", "CO", "EC", "PE"];

    public IReadOnlyList<string> First { get; init; } = [];

    public static PlaceSelect Country(string name, string label, string? selected) =>
        new(name, label, Countries.All, selected) { First = CommonCountries };
}
