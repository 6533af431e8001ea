using Border.Scheduling.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Border.Scheduling.Features.Allocation;

internal static class Candidates
{
    /// <summary>
    /// The window's pending requests per port, read straight off the wire: a million rows in well under a second,
    /// where tracking them as entities would take many.
    /// </summary>
    public static async Task<Dictionary<string, List<Candidate>>> ReadAsync(
        SchedulingDbContext db, DateOnly window, Guid? decidedByRun, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = decidedByRun is null
            ? "SELECT port_code, id, traveller_count, registered_at FROM scheduling.appointment_requests WHERE window_date = $1 AND status = 'Pending'"
            // A replay: what the run decided, and what it passed over that the passed-over job has not closed yet.
            : "SELECT port_code, id, traveller_count, registered_at FROM scheduling.appointment_requests WHERE window_date = $1 AND (allocation_run_id = $2 OR status = 'Pending')";
        command.Parameters.Add(new NpgsqlParameter { Value = window });
        command.Parameters.Add(new NpgsqlParameter { Value = decidedByRun ?? Guid.Empty });
        var byPort = new Dictionary<string, List<Candidate>>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var port = reader.GetString(0);
            if (!byPort.TryGetValue(port, out var list))
            {
                byPort[port] = list = [];
            }

            list.Add(new Candidate(reader.GetGuid(1), reader.GetInt32(2), reader.GetFieldValue<DateTimeOffset>(3)));
        }

        return byPort;
    }
}
