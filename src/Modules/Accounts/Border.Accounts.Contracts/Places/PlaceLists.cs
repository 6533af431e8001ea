using System.Globalization;

namespace Border.Accounts.Contracts.Places;

public static class PlaceLists
{
    public static Place? Find(this IReadOnlyList<Place> places, string? code) =>
        code is null ? null : places.FirstOrDefault(p => p.Code == code);

    public static bool Has(this IReadOnlyList<Place> places, string? code) => places.Find(code) is not null;

    /// <summary>The places in the reader's alphabetical order, for a select list.</summary>
    public static IEnumerable<Place> InReadingOrder(this IReadOnlyList<Place> places, CultureInfo culture)
    {
        var compare = StringComparer.Create(culture, CompareOptions.IgnoreCase);
        return places.OrderBy(p => p.Name(culture), compare);
    }
}
