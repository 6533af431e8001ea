using System.Collections.Concurrent;
using Npgsql;

namespace Border.Accounts.Identity;

/// <summary>
/// The server side of every sign-in cookie (accounts.sessions). A request's check is answered from memory for
/// <see cref="CheckedFor"/> after the database said the session is live: a session ended on this node is
/// forgotten here at once, so its cookie is refused on the next request; another node sees the deleted row
/// within <see cref="CheckedFor"/>, which is as long as a cookie copied elsewhere can outlive a sign-out there.
/// </summary>
internal sealed class SessionStore(NpgsqlDataSource dataSource, TimeProvider clock)
{
    public static readonly TimeSpan CheckedFor = TimeSpan.FromSeconds(10);

    /// <summary>How stale "last seen" may be: writing it on every request would cost a row version each time.</summary>
    public static readonly TimeSpan LastSeenEvery = TimeSpan.FromMinutes(5);

    /// <summary>Expired entries are swept once there are this many, so memory stays bounded by the sessions of the last seconds.</summary>
    private const int SweepAbove = 50_000;

    private readonly ConcurrentDictionary<Guid, (Guid Owner, DateTimeOffset Until)> live = new();

    public async Task<Guid> StartAsync(Guid userId, string? userAgent)
    {
        var id = Guid.CreateVersion7();
        var now = clock.GetUtcNow();
        await using var command = dataSource.CreateCommand(
            "INSERT INTO accounts.sessions (id, user_id, user_agent, created_at, last_seen_at) VALUES ($1, $2, $3, $4, $4)");
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        command.Parameters.Add(new NpgsqlParameter { Value = userId });
        command.Parameters.Add(new NpgsqlParameter { Value = Shorten(userAgent) });
        command.Parameters.Add(new NpgsqlParameter { Value = now });
        await command.ExecuteNonQueryAsync();
        Remember(id, userId);
        return id;
    }

    /// <summary>Whether the session still exists for this person; the database is asked at most every <see cref="CheckedFor"/>.</summary>
    public async Task<bool> IsLiveAsync(Guid sessionId, Guid userId)
    {
        var now = clock.GetUtcNow();
        if (live.TryGetValue(sessionId, out var known) && known.Until > now)
        {
            return known.Owner == userId;
        }

        await using var command = dataSource.CreateCommand(
            "SELECT last_seen_at FROM accounts.sessions WHERE id = $1 AND user_id = $2");
        command.Parameters.Add(new NpgsqlParameter { Value = sessionId });
        command.Parameters.Add(new NpgsqlParameter { Value = userId });
        if (await command.ExecuteScalarAsync() is not DateTime lastSeen)
        {
            return false;
        }

        if (now - new DateTimeOffset(lastSeen, TimeSpan.Zero) >= LastSeenEvery)
        {
            await using var touch = dataSource.CreateCommand("UPDATE accounts.sessions SET last_seen_at = $2 WHERE id = $1");
            touch.Parameters.Add(new NpgsqlParameter { Value = sessionId });
            touch.Parameters.Add(new NpgsqlParameter { Value = now });
            await touch.ExecuteNonQueryAsync();
        }

        Remember(sessionId, userId);
        return true;
    }

    public async Task EndAsync(Guid userId, Guid sessionId)
    {
        live.TryRemove(sessionId, out _);
        await EndWhereAsync("user_id = $1 AND id = $2", userId, sessionId);
    }

    /// <summary>Every session of the person but <paramref name="except"/> (none when it is null).</summary>
    public Task EndAllAsync(Guid userId, Guid? except = null) =>
        EndWhereAsync("user_id = $1 AND id IS DISTINCT FROM $2", userId, except);

    private async Task EndWhereAsync(string where, Guid userId, Guid? sessionId)
    {
        await using var command = dataSource.CreateCommand($"DELETE FROM accounts.sessions WHERE {where} RETURNING id");
        command.Parameters.Add(new NpgsqlParameter { Value = userId });
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Uuid, Value = sessionId is { } id ? id : DBNull.Value });
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            live.TryRemove(reader.GetGuid(0), out _);
        }
    }

    private void Remember(Guid sessionId, Guid userId)
    {
        var now = clock.GetUtcNow();
        if (live.Count > SweepAbove)
        {
            foreach (var (id, entry) in live)
            {
                if (entry.Until <= now)
                {
                    live.TryRemove(id, out _);
                }
            }
        }

        live[sessionId] = (userId, now + CheckedFor);
    }

    private static string Shorten(string? userAgent) =>
        string.IsNullOrWhiteSpace(userAgent) ? string.Empty
        : userAgent.Length <= Data.UserSession.UserAgentLength ? userAgent
        : userAgent[..Data.UserSession.UserAgentLength];
}
