using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Border.Shared.Settings;

/// <summary>
/// platform.settings as a configuration source, added after appsettings and the environment so an admin's
/// value wins. Every node reads the rows at start and again every few seconds; when they differ it raises
/// the reload token, so every IOptionsMonitor sees the new values without a restart. The table holds a
/// dozen short rows, so reading them whole is the cheap version check. The node that saved does not wait
/// for its poll: the save calls <see cref="SettingsReloader"/>.
/// </summary>
internal sealed class DatabaseSettingsSource(string connectionString, TimeSpan poll) : IConfigurationSource
{
    public DatabaseSettingsProvider? Provider { get; private set; }

    public IConfigurationProvider Build(IConfigurationBuilder builder) => Provider ??= new DatabaseSettingsProvider(connectionString, poll);
}

internal sealed class DatabaseSettingsProvider : ConfigurationProvider, IDisposable
{
    private readonly NpgsqlDataSource dataSource;
    private readonly Timer timer;
    private readonly Lock gate = new();
    private Dictionary<string, string> rows = [];

    public DatabaseSettingsProvider(string connectionString, TimeSpan poll)
    {
        dataSource = NpgsqlDataSource.Create(connectionString);
        timer = new Timer(_ => Refresh(), null, poll, poll);
    }

    public override void Load() => Refresh(raise: false);

    /// <summary>Reads the rows now; raises the reload token when they changed.</summary>
    public void Refresh() => Refresh(raise: true);

    private void Refresh(bool raise)
    {
        Dictionary<string, string> read;
        try
        {
            read = Read();
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            // Before the first migration there is no table and nothing set.
            read = [];
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            // The database is away for a moment: keep the values this node has, try again at the next poll.
            return;
        }

        lock (gate)
        {
            if (Same(read, rows))
            {
                return;
            }

            rows = read;
            Data = Spread(read);
        }

        if (raise)
        {
            OnReload();
        }
    }

    private Dictionary<string, string> Read()
    {
        using var command = dataSource.CreateCommand("SELECT key, value FROM platform.settings");
        using var reader = command.ExecuteReader();
        var read = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while (reader.Read())
        {
            read[reader.GetString(0)] = reader.GetString(1);
        }

        return read;
    }

    private static bool Same(Dictionary<string, string> a, Dictionary<string, string> b) =>
        a.Count == b.Count && a.All(pair => b.TryGetValue(pair.Key, out var value) && value == pair.Value);

    private static Dictionary<string, string?> Spread(Dictionary<string, string> read)
    {
        var data = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in read)
        {
            if (key.Equals(SettingKeys.EligibleStates, StringComparison.OrdinalIgnoreCase))
            {
                var states = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                for (var i = 0; i < states.Length; i++)
                {
                    data[$"{key}:{i}"] = states[i];
                }
            }
            else
            {
                data[key] = value;
            }
        }

        return data;
    }

    public void Dispose()
    {
        timer.Dispose();
        dataSource.Dispose();
    }
}

/// <summary>Lets a save reach this node's settings at once instead of at the next poll.</summary>
public sealed class SettingsReloader
{
    private readonly DatabaseSettingsSource? source;

    internal SettingsReloader(DatabaseSettingsSource? source) => this.source = source;

    public void ReloadNow() => source?.Provider?.Refresh();
}
