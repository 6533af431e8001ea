using System.Globalization;
using Npgsql;

namespace Border.Benchmarks;

/// <summary>A figure counts only when the work was really done: each benchmark checks its results in the database.</summary>
internal static class BenchmarkChecks
{
    public static async Task<long> CountAsync(BenchmarkDatabase database, string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public static void Expect(long actual, long expected, string what)
    {
        if (actual != expected)
        {
            throw new BenchmarkFailedException(string.Create(
                CultureInfo.InvariantCulture, $"expected {expected} {what}, found {actual}."));
        }
    }
}
