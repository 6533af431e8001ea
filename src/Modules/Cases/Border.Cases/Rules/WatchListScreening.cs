using System.Data;
using System.Globalization;
using Border.Cases.Contracts;
using Border.Cases.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Border.Cases.Rules;

/// <summary>
/// Watch-list names close to a name: both lower-cased without accents (cases.name_key), compared by trigram
/// similarity through the GIN index, at the configured threshold. A birth date on both sides that differs rules a
/// name out; a missing one never does.
/// </summary>
/// <remarks>
/// The threshold and the search go in one batch, one round trip: a batch runs in one transaction (the caller's, or the
/// implicit one PostgreSQL opens until the batch's Sync), so the transaction-local threshold is the one the % operator
/// reads and it ends with the batch. similarity() is computed only for the rows the index found.
/// </remarks>
internal static class WatchListScreening
{
    private const string Threshold = "SELECT set_config('pg_trgm.similarity_threshold', $1, true)";

    private const string Sql = """
        SELECT id, full_name, birth_date, similarity(name_key, cases.name_key($1))::float8 AS score
        FROM cases.watch_list
        WHERE name_key % cases.name_key($1) AND ($2::date IS NULL OR birth_date IS NULL OR birth_date = $2)
        ORDER BY score DESC, id
        LIMIT 20
        """;

    public static async Task<IReadOnlyList<WatchListMatch>> ScreenAsync(
        CasesDbContext db, string fullName, DateOnly? birthDate, double threshold, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var opened = connection.State != ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(cancellationToken);
        }

        try
        {
            await using var batch = new NpgsqlBatch(connection, (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction());
            var set = new NpgsqlBatchCommand(Threshold);
            set.Parameters.Add(new NpgsqlParameter { Value = threshold.ToString(CultureInfo.InvariantCulture) });
            var search = new NpgsqlBatchCommand(Sql);
            search.Parameters.Add(new NpgsqlParameter { Value = fullName });
            search.Parameters.Add(new NpgsqlParameter { Value = birthDate is { } day ? day : DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Date });
            batch.BatchCommands.Add(set);
            batch.BatchCommands.Add(search);

            var matches = new List<WatchListMatch>();
            await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
            await reader.NextResultAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                matches.Add(new WatchListMatch(
                    reader.GetGuid(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetFieldValue<DateOnly>(2), reader.GetDouble(3)));
            }

            return matches;
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }
}
