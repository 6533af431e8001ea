using Border.Scheduling.Contracts;
using Border.Scheduling.Data;
using Microsoft.EntityFrameworkCore;

namespace Border.Scheduling.Rules;

/// <summary>
/// Seats at a port. Whoever changes a port's capacity, or gives its seats to people, first locks the port's
/// row (<see cref="LockPortAsync"/>) inside their transaction: a capacity change and a confirmation for the same
/// port then run one after the other, never past each other.
/// </summary>
internal static class Seats
{
    /// <summary>Locks the port's row until the transaction ends; false when there is no such port.</summary>
    public static async Task<bool> LockPortAsync(SchedulingDbContext db, string code, CancellationToken cancellationToken) =>
        await db.Database.SqlQuery<string>($"SELECT code AS \"Value\" FROM scheduling.ports WHERE code = {code} FOR UPDATE")
            .ToListAsync(cancellationToken) is { Count: 1 };

    /// <summary>People confirmed at the port on each date from <paramref name="from"/> on (dates with none are left out).</summary>
    public static async Task<Dictionary<DateOnly, int>> ConfirmedByDateAsync(
        SchedulingDbContext db, string code, DateOnly from, CancellationToken cancellationToken) =>
        await db.Appointments
            .Where(a => a.PortCode == code && a.Date >= from && AppointmentRules.Confirmed.Contains(a.Status))
            .GroupBy(a => a.Date)
            .Select(g => new { Date = g.Key, People = g.Sum(a => a.PeopleCount) })
            .ToDictionaryAsync(g => g.Date, g => g.People, cancellationToken);
}
