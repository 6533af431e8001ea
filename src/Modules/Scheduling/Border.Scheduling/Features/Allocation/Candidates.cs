using System.Runtime.CompilerServices;
using Border.Scheduling.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Border.Scheduling.Features.Allocation;

internal static class Candidates
{
    /// <summary>
    /// The window's pending requests per port, read by binary COPY inside the caller's transaction: a million rows
    /// in about a second, where tracking them as entities would take many.
    /// </summary>
    public static async Task<Dictionary<string, List<Candidate>>> ReadAsync(
        SchedulingDbContext db, DateOnly window, Guid? decidedByRun, CancellationToken cancellationToken)
    {
        var codes = await db.Ports.AsNoTracking().OrderBy(p => p.Code).Select(p => p.Code).ToArrayAsync(cancellationToken);
        if (codes.Any(code => !code.All(c => char.IsAsciiLetterLower(c) || c == '-')))
        {
            throw new InvalidOperationException("A port code is not lower-case letters and hyphens.");
        }

        // The port comes back as its place in the list: a number per row instead of a string per row.
        var port = $"array_position(ARRAY['{string.Join("','", codes)}'], port_code::text)::int";
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var day = window.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        // COPY takes no parameters; the only values are a date and a Guid formatted here, never text from a person.
        var query = decidedByRun is { } run
            // A replay: what the run decided, and what it passed over that the passed-over job has not closed yet.
            ? $"SELECT {port}, id, traveller_count, registered_at FROM scheduling.appointment_requests WHERE window_date = '{day}' AND (allocation_run_id = '{run}' OR status = 'Pending')"
            : $"SELECT {port}, id, traveller_count, registered_at FROM scheduling.appointment_requests WHERE window_date = '{day}' AND status = 'Pending'";
        var lists = codes.Select(_ => new List<Candidate>()).ToArray();
        await using var reader = await connection.BeginBinaryExportAsync($"COPY ({query}) TO STDOUT (FORMAT BINARY)", cancellationToken);
        ReadRows(reader, lists);
        return codes.Zip(lists).Where(p => p.Second.Count > 0).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
    }

    /// <summary>Synchronous reads on the buffered COPY stream: four awaits per row would cost more than the rows themselves.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ReadRows(NpgsqlBinaryExporter reader, List<Candidate>[] lists)
    {
        while (reader.StartRow() != -1)
        {
            var list = lists[reader.Read<int>(NpgsqlDbType.Integer) - 1];
            var id = reader.Read<Guid>(NpgsqlDbType.Uuid);
            var people = reader.Read<int>(NpgsqlDbType.Integer);
            var registeredAt = reader.Read<DateTimeOffset>(NpgsqlDbType.TimestampTz);
            list.Add(new Candidate(id, people, registeredAt));
        }
    }
}
