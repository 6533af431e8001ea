using Border.Scheduling.Data;
using Microsoft.EntityFrameworkCore;

namespace Border.Scheduling.Rules;

/// <summary>
/// A transaction-scoped advisory lock between telling people their offer expired and anything that decides an open
/// offer's fate first (confirming, cancelling, a draw closing it). Those take it shared and read the clock after;
/// the expiry job takes it alone, so when it reads which offers are overdue, every decision made before their
/// deadline has committed, and none can be made after. Advisory locks live in memory: no row is written.
/// </summary>
internal static class OfferExpiryLock
{
    internal const long Key = 0x426f726465724578; // "BorderEx"

    public static Task ShareAsync(SchedulingDbContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock_shared({Key})", cancellationToken);

    public static Task TakeAloneAsync(SchedulingDbContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({Key})", cancellationToken);
}
