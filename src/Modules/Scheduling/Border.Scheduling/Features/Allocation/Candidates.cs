using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using Border.Scheduling.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Border.Scheduling.Features.Allocation;

internal static class Candidates
{
    /// <summary>Bytes per request in a port's packed list: its id, its group size and its applicant's registration.</summary>
    private const int RowBytes = 16 + 4 + 8;

    /// <summary>PostgreSQL's timestamps count microseconds from 2000-01-01 UTC.</summary>
    private static readonly long PostgresEpochTicks = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;

    /// <summary>
    /// The window's pending requests per port, read inside the caller's transaction. The server packs each port's
    /// requests into one value of fixed-size binary records, straight from the draw's covering index, and streams the
    /// ports one by one: a million requests in about a third of a second. Read as a row per request, decoding alone
    /// took a second, and tracking them as entities would take many.
    /// </summary>
    public static async Task<Dictionary<string, IReadOnlyList<Candidate>>> ReadAsync(
        SchedulingDbContext db, DateOnly window, Guid? decidedByRun, CancellationToken cancellationToken)
    {
        var codes = await db.Ports.AsNoTracking().OrderBy(p => p.Code).Select(p => p.Code).ToArrayAsync(cancellationToken);
        if (codes.Any(code => !code.All(c => char.IsAsciiLetterLower(c) || c == '-')))
        {
            throw new InvalidOperationException("A port code is not lower-case letters and hyphens.");
        }

        var port = $"array_position(ARRAY['{string.Join("','", codes)}'], port_code::text)::int";
        var day = window.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        // COPY takes no parameters; the only values are a date and a Guid formatted here, never text from a person.
        var which = decidedByRun is { } run
            // A replay: what the run decided, and what it passed over that the passed-over job has not closed yet.
            ? $"window_date = '{day}' AND (allocation_run_id = '{run}' OR status = {RequestStatusSql.Pending})"
            : $"window_date = '{day}' AND status = {RequestStatusSql.Pending}";
        // Ordered like the partial index, the rows come from it alone with no sort, and each port's group is complete
        // as the scan leaves it. (An ORDER BY inside string_agg would sort every group again on PostgreSQL 15.) The draw
        // does not depend on this order; it only makes the cheap plan the obvious one.
        var query = $"""
            SELECT {port}, string_agg(uuid_send(id) || int4send(traveller_count) || timestamptz_send(registered_at), ''::bytea)
            FROM (SELECT port_code, id, traveller_count, registered_at FROM scheduling.appointment_requests
                  WHERE {which} ORDER BY port_code, registered_at) r
            GROUP BY port_code
            """;
        var lists = new Dictionary<string, IReadOnlyList<Candidate>>(StringComparer.Ordinal);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var reader = await connection.BeginBinaryExportAsync($"COPY ({query}) TO STDOUT (FORMAT BINARY)", cancellationToken);
        while (await reader.StartRowAsync(cancellationToken) != -1)
        {
            var code = codes[await reader.ReadAsync<int>(NpgsqlDbType.Integer, cancellationToken) - 1];
            lists[code] = Unpack(await reader.ReadAsync<byte[]>(NpgsqlDbType.Bytea, cancellationToken));
        }

        return lists;
    }

    /// <summary>The records as PostgreSQL's binary send functions wrote them: big-endian, timestamps in microseconds.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Candidate[] Unpack(byte[] packed)
    {
        if (packed.Length % RowBytes != 0)
        {
            throw new InvalidOperationException($"A port's requests came back as {packed.Length} bytes, not whole records of {RowBytes}.");
        }

        var candidates = new Candidate[packed.Length / RowBytes];
        for (var i = 0; i < candidates.Length; i++)
        {
            var row = packed.AsSpan(i * RowBytes, RowBytes);
            var micros = BinaryPrimitives.ReadInt64BigEndian(row[20..]);
            candidates[i] = new Candidate(
                new Guid(row[..16], bigEndian: true),
                BinaryPrimitives.ReadInt32BigEndian(row[16..20]),
                new DateTimeOffset(PostgresEpochTicks + (micros * 10), TimeSpan.Zero));
        }

        return candidates;
    }
}
