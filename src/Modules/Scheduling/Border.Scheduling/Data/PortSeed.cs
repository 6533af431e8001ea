namespace Border.Scheduling.Data;

/// <summary>
/// The eight ports and how the published 1,450 people a day are split between them by default. CBP never
/// published a split; about 100 a day were seen at Nogales. The rest follows each crossing's size: San Ysidro
/// is the busiest land crossing in the hemisphere, El Paso and Laredo next, the two Rio Grande Valley ports
/// (Hidalgo, Brownsville) after them, then Eagle Pass and Calexico. Supervisors change it on /staff/ports.
/// Slots every 30 minutes from 07:00 to 15:00 local time: 17 slots.
/// </summary>
internal static class PortSeed
{
    public const int TotalDailyCapacity = 1_450;

    private static readonly TimeOnly FirstSlot = new(7, 0);
    private static readonly TimeOnly LastSlot = new(15, 0);

    public static readonly Port[] All =
    [
        Seeded("san-ysidro", "San Ysidro", "CA", "America/Los_Angeles", 1, 300),
        Seeded("calexico", "Calexico", "CA", "America/Los_Angeles", 2, 125),
        Seeded("nogales", "Nogales", "AZ", "America/Phoenix", 3, 100),
        Seeded("el-paso", "El Paso", "TX", "America/Denver", 4, 250),
        Seeded("eagle-pass", "Eagle Pass", "TX", "America/Chicago", 5, 125),
        Seeded("laredo", "Laredo", "TX", "America/Chicago", 6, 200),
        Seeded("hidalgo", "Hidalgo", "TX", "America/Chicago", 7, 175),
        Seeded("brownsville", "Brownsville", "TX", "America/Chicago", 8, 175),
    ];

    private static Port Seeded(string code, string name, string usState, string zone, int order, int capacity) => new()
    {
        Code = code,
        Name = name,
        UsState = usState,
        TimeZone = zone,
        SortOrder = order,
        DailyCapacity = capacity,
        FirstSlot = FirstSlot,
        LastSlot = LastSlot,
        SlotMinutes = 30,
    };
}
