using System.Collections.Concurrent;

namespace Border.Shared.Caching;

/// <summary>
/// Answers this node worked out and may give again for <paramref name="keepFor"/> (a decrypted cookie, an encrypted
/// token): an older one is worked out again, and beyond <paramref name="most"/> answers it starts again rather than
/// grow, so memory follows the recent askers up to a bound. Each caller says in its own summary why its answers may
/// be that old.
/// </summary>
public sealed class RecentAnswers<TKey, TValue>(TimeSpan keepFor, int most)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, (TValue Value, long Until)> kept = new();

    public bool TryGet(TKey key, out TValue value)
    {
        if (kept.TryGetValue(key, out var answer) && Environment.TickCount64 < answer.Until)
        {
            value = answer.Value;
            return true;
        }

        value = default!;
        return false;
    }

    public void Keep(TKey key, TValue value)
    {
        if (kept.Count >= most)
        {
            kept.Clear();
        }

        kept[key] = (value, Environment.TickCount64 + (long)keepFor.TotalMilliseconds);
    }
}
