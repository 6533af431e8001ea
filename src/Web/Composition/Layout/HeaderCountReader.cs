using System.Globalization;
using Border.Shared.Layout;
using Border.Shared.Snapshots;
using Npgsql;

namespace Border.Web.Composition.Layout;

/// <summary>
/// Every count a reader's header shows, read in one statement: an applicant's header never runs the staff counts, nor
/// the other way round. When the database cannot answer, the page goes on without them (null) rather than failing:
/// the header is never the reason a page is not shown.
/// </summary>
internal sealed class HeaderCountReader(
    NpgsqlDataSource dataSource, IEnumerable<HeaderCount> counts, PersonSnapshots snapshots, ILogger<HeaderCountReader> logger)
{
    private static readonly Dictionary<HeaderReader, string> SnapshotParts =
        Enum.GetValues<HeaderReader>().ToDictionary(reader => reader, reader => $"header:{reader}");

    private readonly Dictionary<HeaderReader, (HeaderCount[] Counts, string Sql, bool ReadsHomePort)> statements =
        Enum.GetValues<HeaderReader>().ToDictionary(reader => reader, reader => Statement(counts, reader));

    public Task<IReadOnlyDictionary<string, long>?> ReadAsync(Guid userId, CancellationToken cancellationToken) =>
        ReadAsync(userId, HeaderReader.Everyone, homePort: null, cancellationToken);

    /// <summary>
    /// An applicant's counts are all their own, so they come from their snapshot (forgotten by any change to them);
    /// a staff member's count what everyone else does, so they are read every time.
    /// </summary>
    /// <param name="homePort">The staff member's home port, <c>$2</c> of the staff counts.</param>
    public Task<IReadOnlyDictionary<string, long>?> ReadAsync(Guid userId, HeaderReader reader, string? homePort, CancellationToken cancellationToken) =>
        reader == HeaderReader.Staff
            ? ReadNowAsync(userId, reader, homePort, cancellationToken)
            : snapshots.GetAsync(userId, SnapshotParts[reader], ct => ReadNowAsync(userId, reader, homePort, ct), cancellationToken);

    private async Task<IReadOnlyDictionary<string, long>?> ReadNowAsync(Guid userId, HeaderReader reader, string? homePort, CancellationToken cancellationToken)
    {
        var (asked, sql, readsHomePort) = statements[reader];
        if (asked.Length == 0)
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

            await using var row = await command.ExecuteReaderAsync(cancellationToken);
            await row.ReadAsync(cancellationToken);
            return asked.Select((c, i) => (c.Name, Value: row.GetInt64(i))).ToDictionary(c => c.Name, c => c.Value);
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            logger.LogWarning("The header's counts were left out: the database did not answer ({Reason})", ex.Message);
            return null;
        }
    }

    private static (HeaderCount[] Counts, string Sql, bool ReadsHomePort) Statement(IEnumerable<HeaderCount> all, HeaderReader reader)
    {
        HeaderCount[] asked = [.. all.Where(c => c.For == HeaderReader.Everyone || c.For == reader)];
        var sql = "SELECT " + string.Join(", ", asked.Select((c, i) => string.Create(CultureInfo.InvariantCulture, $"({c.Sql}) AS c{i}")));
        return (asked, sql, asked.Any(c => c.For == HeaderReader.Staff));
    }
}
