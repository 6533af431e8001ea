using System.Collections.Concurrent;

namespace Border.Shared.Snapshots;

/// <summary>
/// What a person's own pages show on every visit (the header's counts, the home's profile and standing), kept in
/// memory between their requests so that the signed-in home does not ask PostgreSQL each time.
/// <para>
/// How stale: a change is forgotten when PostgreSQL's notice of its commit reaches this node (triggers on every
/// table these parts read call <c>pg_notify</c>; milliseconds), and the person's own changes at once
/// (<see cref="Forget"/> before and after each of their own posts). While the listening connection is down nothing
/// is served from memory. That is as fresh as reading the database on every request, minus the notice's flight
/// time, which is shorter than any person can act on; <see cref="MaxAge"/> is only a safety net.
/// </para>
/// Only pages that show these parts ask for them; a use case that decides something reads the database.
/// </summary>
public sealed class PersonSnapshots
{
    /// <summary>Even a part nobody changed is read again after this long.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<Guid, Person> people = new();

    private volatile bool serving;

    /// <summary>Bumped whenever everything is forgotten: a read that started before must not store what it read.</summary>
    private long epoch;

    /// <summary>Whether parts are served from memory (only while this node hears every change).</summary>
    public bool Serving => serving;

    /// <summary>
    /// The person's <paramref name="part"/> from memory, or read now. A null read is returned but never kept: a part
    /// that could not be read (the database did not answer) is asked again next time.
    /// </summary>
    public async Task<T?> GetAsync<T>(Guid person, string part, Func<CancellationToken, Task<T?>> read, CancellationToken cancellationToken)
        where T : class
    {
        if (!serving)
        {
            return await read(cancellationToken);
        }

        var entry = people.GetOrAdd(person, static _ => new Person());
        var now = Environment.TickCount64;
        long generation;
        lock (entry)
        {
            entry.LastUsed = now;
            if (entry.Parts.TryGetValue(part, out var kept) && now - kept.ReadAt < (long)MaxAge.TotalMilliseconds)
            {
                return (T)kept.Value;
            }

            generation = entry.Generation;
        }

        var epochBefore = Interlocked.Read(ref epoch);
        var value = await read(cancellationToken);
        if (value is not null && serving && Interlocked.Read(ref epoch) == epochBefore)
        {
            lock (entry)
            {
                // A change noticed while the part was being read may not be in what was read: keep nothing then.
                if (entry.Generation == generation)
                {
                    entry.Parts[part] = (value, now);
                }
            }
        }

        return value;
    }

    /// <summary>
    /// A part that is always there (a query's answer), from memory only when <paramref name="fromMemory"/>: a query
    /// that pages ask from memory and use cases ask fresh.
    /// </summary>
    public async Task<T> ReadAsync<T>(Guid person, string part, bool fromMemory, Func<CancellationToken, Task<T>> read, CancellationToken cancellationToken)
        where T : class =>
        fromMemory
            ? (await GetAsync<T>(person, part, async ct => await read(ct), cancellationToken))!
            : await read(cancellationToken);

    /// <summary>
    /// The same object for as long as nothing the person sees changed, and a new one after any change forgot them
    /// (or they were dropped from memory): what this node worked out from their parts, such as a rendered page, is
    /// still good while this gives the object it gave before the work began. Null while nothing is served from memory.
    /// </summary>
    public object? Mark(Guid person)
    {
        if (!serving)
        {
            return null;
        }

        var entry = people.GetOrAdd(person, static _ => new Person());
        lock (entry)
        {
            entry.LastUsed = Environment.TickCount64;
            return entry.Mark ??= new object();
        }
    }

    /// <summary>Every part of one person: something they see changed.</summary>
    public void Forget(Guid person)
    {
        if (people.TryGetValue(person, out var entry))
        {
            lock (entry)
            {
                entry.Generation++;
                entry.Parts.Clear();
                entry.Mark = null;
            }
        }
    }

    /// <summary>Every part of everyone: a change that touches many people, or a notice that may have been missed.</summary>
    public void ForgetEveryone()
    {
        Interlocked.Increment(ref epoch);
        people.Clear();
    }

    /// <summary>The listener hears every change from now on: start from nothing, then serve.</summary>
    internal void StartServing()
    {
        ForgetEveryone();
        serving = true;
    }

    /// <summary>The listener lost its connection: changes may go unheard, so read everything from the database.</summary>
    internal void StopServing()
    {
        serving = false;
        ForgetEveryone();
    }

    /// <summary>Drops the people nobody asked about for <see cref="MaxAge"/>, so memory follows who is active.</summary>
    internal void Sweep()
    {
        var cutoff = Environment.TickCount64 - (long)MaxAge.TotalMilliseconds;
        foreach (var (person, entry) in people)
        {
            if (Volatile.Read(ref entry.LastUsed) < cutoff)
            {
                people.TryRemove(person, out _);
            }
        }
    }

    private sealed class Person
    {
        public readonly Dictionary<string, (object Value, long ReadAt)> Parts = new(StringComparer.Ordinal);

        public long Generation;

        public long LastUsed;

        public object? Mark;
    }
}
