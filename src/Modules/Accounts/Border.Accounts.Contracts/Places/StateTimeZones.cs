namespace Border.Accounts.Contracts.Places;

/// <summary>
/// The IANA zone people in a Mexican state live by, for times an applicant reads that are not about a port (a port's
/// times are in the port's zone). One zone per state: where a state has two (Chihuahua's border towns, Nayarit's
/// Bahía de Banderas, Tamaulipas' and Coahuila's border strip), the zone most of its people use. Mexico has had no
/// daylight saving since 2022 except Baja California, which follows California.
/// </summary>
public static class StateTimeZones
{
    public const string CentralMexico = "America/Mexico_City";

    private static readonly Dictionary<string, string> Zones = new(StringComparer.Ordinal)
    {
        ["BCN"] = "America/Tijuana",
        ["BCS"] = "America/Mazatlan",
        ["SIN"] = "America/Mazatlan",
        ["NAY"] = "America/Mazatlan",
        ["SON"] = "America/Hermosillo",
        ["CHH"] = "America/Chihuahua",
        ["COA"] = "America/Monterrey",
        ["NLE"] = "America/Monterrey",
        ["TAM"] = "America/Monterrey",
        ["CAM"] = "America/Merida",
        ["YUC"] = "America/Merida",
        ["ROO"] = "America/Cancun",
    };

    /// <summary>The state's zone; central Mexico's for every other state and for a profile without one.</summary>
    public static string Of(string? mexicanState) =>
        mexicanState is not null && Zones.TryGetValue(mexicanState, out var zone) ? zone : CentralMexico;
}
