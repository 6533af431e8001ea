using System.Globalization;
using Border.Shared.Layout;
using Npgsql;

namespace Border.Web.Composition.Layout;

/// <summary>
/// Every count the header shows, read in one statement. When the database cannot answer, the page goes on
/// without them (null) rather than failing: the header is never the reason a page is not shown. A count may read
/// the staff member's home port as <c>$2</c> (null for applicants and staff without one).
/// </summary>
internal sealed class HeaderCountReader(NpgsqlDataSource dataSource, IEnumerable<HeaderCount> counts, ILogger<HeaderCountReader> logger)
{
    private readonly HeaderCount[] counts = [.. counts];

    private readonly string sql = Compose([.. counts]);

    private readonly bool readsHomePort = counts.Any(c => c.Sql.Contains("$2", StringComparison.Ordinal));

    public Task<IReadOnlyDictionary<string, long>?> ReadAsync(Guid userId, CancellationToken cancellationToken) =>
        ReadAsync(userId, homePort: null, cancellationToken);

    public async Task<IReadOnlyDictionary<string, long>?> ReadAsync(Guid userId, string? homePort, CancellationToken cancellationToken)
    {
        if (counts.Length == 0)
        {
            return new Dictionary<string, long>();
        }

        try
        {
            await using var command = dataSource.CreateCommand(sql);
            command.Parameters.Add(new NpgsqlParameter { Value = userId });
            if (readsHomePort)
            {
                command.Parameters.Add(new NpgsqlParameter { Value = (object?)homePort ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
            }

            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            return counts.Select((c, i) => (c.Name, Value: reader.GetInt64(i))).ToDictionary(c => c.Name, c => c.Value);
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            logger.LogWarning("The header's counts were left out: the database did not answer ({Reason})", ex.Message);
            return null;
        }
    }

    private static string Compose(HeaderCount[] counts) =>
        "SELECT " + string.Join(", ", counts.Select((c, i) => string.Create(CultureInfo.InvariantCulture, $"({c.Sql}) AS c{i}")));
}
