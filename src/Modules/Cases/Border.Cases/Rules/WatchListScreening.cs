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
            // set_config(..., true) lasts to the end of the transaction: one of our own unless the caller has one.
            var own = db.Database.CurrentTransaction is null ? await connection.BeginTransactionAsync(cancellationToken) : null;
            var transaction = own ?? (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();
            await using (var set = new NpgsqlCommand(Threshold, connection, transaction))
            {
                set.Parameters.Add(new NpgsqlParameter { Value = threshold.ToString(CultureInfo.InvariantCulture) });
                await set.ExecuteNonQueryAsync(cancellationToken);
            }

            await using var command = new NpgsqlCommand(Sql, connection, transaction);
            command.Parameters.Add(new NpgsqlParameter { Value = fullName });
            command.Parameters.Add(new NpgsqlParameter { Value = birthDate is { } day ? day : DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Date });
            var matches = new List<WatchListMatch>();
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    matches.Add(new WatchListMatch(
                        reader.GetGuid(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetFieldValue<DateOnly>(2), reader.GetDouble(3)));
                }
            }

            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
                await own.DisposeAsync();
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
