namespace Border.Scheduling.Rules;

/// <summary>
/// A coarse fence on coordinates, generous on purpose: the real app refused people who were in the right place,
/// so this only refuses coordinates clearly outside. Inside is either of two shapes:
/// <list type="bullet">
/// <item>central and northern Mexico's box: 17° to 32.8° N, 118.5° to 90.4° W (every eligible state but
/// Chiapas and Tabasco lies within it; the Yucatán peninsula, Belize and most of Petén lie east of it);</item>
/// <item>Chiapas and Tabasco: a polygon along the Gulf coast at 18.7° N, down the Guatemalan border (17.82° N
/// 90.98° W, 16.07° N 90.44° W, 16.07° N 91.73° W, 15.26° N 92.21° W, the Suchiate mouth at 14.53° N
/// 92.23° W) and back up the Pacific coast to 94.2° W.</item>
/// </list>
/// A fence this coarse cannot tell apart the two halves of a border city or catch someone in an ineligible
/// state inside the box: the state the person names is the rule, and the fence a second look.
/// </summary>
internal static class Region
{
    private static readonly (double Lat, double Lon)[] ChiapasAndTabasco =
    [
        (18.7, -94.2), (18.7, -90.98), (17.82, -90.98), (16.07, -90.44), (16.07, -91.73), (15.26, -92.21), (14.53, -92.23), (15.5, -94.2),
    ];

    public static bool Contains(double latitude, double longitude) =>
        (latitude is >= 17.0 and <= 32.8 && longitude is >= -118.5 and <= -90.4)
        || InPolygon(ChiapasAndTabasco, latitude, longitude);

    public static bool IsValid(double latitude, double longitude) =>
        double.IsFinite(latitude) && double.IsFinite(longitude) && latitude is >= -90 and <= 90 && longitude is >= -180 and <= 180;

    /// <summary>Ray casting: a point is inside when a ray from it crosses the edges an odd number of times.</summary>
    private static bool InPolygon((double Lat, double Lon)[] polygon, double lat, double lon)
    {
        var inside = false;
        for (int i = 0, j = polygon.Length - 1; i < polygon.Length; j = i++)
        {
            var (a, b) = (polygon[i], polygon[j]);
            if ((a.Lat > lat) != (b.Lat > lat) && lon < ((b.Lon - a.Lon) * (lat - a.Lat) / (b.Lat - a.Lat)) + a.Lon)
            {
                inside = !inside;
            }
        }

        return inside;
    }
}
