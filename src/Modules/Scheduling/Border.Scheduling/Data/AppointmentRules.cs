using System.Linq.Expressions;
using Border.Scheduling.Contracts;

namespace Border.Scheduling.Data;

/// <summary>
/// An offer is expired the moment its deadline passes. The stored status catches up later (the expiry job closes
/// told offers in pages), so every read that asks "is this offer still live?" asks it here, with the time.
/// </summary>
internal static class AppointmentRules
{
    /// <summary>Statuses of people who confirmed: their seats are theirs whatever happens to capacity.</summary>
    public static readonly AppointmentStatus[] Confirmed =
        [AppointmentStatus.Confirmed, AppointmentStatus.CheckedIn, AppointmentStatus.NoShow, AppointmentStatus.IdentityMismatch];

    /// <summary>An offer still open to confirm, or a confirmed appointment: the applicant's one live appointment.</summary>
    public static Expression<Func<Appointment, bool>> Live(DateTimeOffset now) =>
        a => a.Status == AppointmentStatus.Confirmed || (a.Status == AppointmentStatus.Offered && a.Deadline > now);

    /// <summary>Seats of a day held by this row: an open offer or anything confirmed.</summary>
    public static Expression<Func<Appointment, bool>> HoldsSeats(DateTimeOffset now) =>
        a => Confirmed.Contains(a.Status) || (a.Status == AppointmentStatus.Offered && a.Deadline > now);

    /// <summary>Expired, closed or not yet closed.</summary>
    public static Expression<Func<Appointment, bool>> Expired(DateTimeOffset now) =>
        a => a.Status == AppointmentStatus.Expired || (a.Status == AppointmentStatus.Offered && a.Deadline <= now);

    /// <summary>The status as a person should see it now.</summary>
    public static AppointmentStatus StatusAt(AppointmentStatus stored, DateTimeOffset deadline, DateTimeOffset now) =>
        stored == AppointmentStatus.Offered && deadline <= now ? AppointmentStatus.Expired : stored;
}
