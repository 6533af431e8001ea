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
        Seeded("san-ysidro", "San Ysidro", "CA", "America/Los_Angeles", 1, 300)
            .At("720 East San Ysidro Blvd, San Diego, CA 92173", 32.54333, -117.02972),
        Seeded("calexico", "Calexico", "CA", "America/Los_Angeles", 2, 125)
            .At("200 East 1st Street, Calexico, CA 92231", 32.66490, -115.49870),
        Seeded("nogales", "Nogales", "AZ", "America/Phoenix", 3, 100)
            .At("9 North Grand Avenue, Nogales, AZ 85621", 31.33270, -110.94250),
        Seeded("el-paso", "El Paso", "TX", "America/Denver", 4, 250)
            .At("1000 South El Paso Street, El Paso, TX 79901", 31.74993, -106.48669),
        Seeded("eagle-pass", "Eagle Pass", "TX", "America/Chicago", 5, 125)
            .At("International Bridge I, Eagle Pass, TX 78852", 28.70578, -100.50659),
        Seeded("laredo", "Laredo", "TX", "America/Chicago", 6, 200)
            .At("100 Convent Avenue, Laredo, TX 78040", 27.50142, -99.50739),
        Seeded("hidalgo", "Hidalgo", "TX", "America/Chicago", 7, 175)
            .At("1026 South International Blvd, Hidalgo, TX 78557", 26.09687, -98.26996),
        Seeded("brownsville", "Brownsville", "TX", "America/Chicago", 8, 175)
            .At("Gateway International Bridge, International Blvd, Brownsville, TX 78520", 25.89833, -97.49722),
    ];

    /// <summary>
    /// The U.S. inspection station of the port's pedestrian crossing, from public listings of the ports; a
    /// supervisor checks and corrects it on /staff/ports before it is relied on.
    /// </summary>
    private static Port At(this Port port, string address, double latitude, double longitude)
    {
        port.Address = address;
        port.Latitude = latitude;
        port.Longitude = longitude;
        return port;
    }

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
