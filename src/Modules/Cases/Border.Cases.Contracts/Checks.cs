using MediatR;

namespace Border.Cases.Contracts;

/// <summary>
/// Runs every automated check on a submitted case and records each result, replacing the last run's. Safe to run
/// twice. Returns the number of hits. A hit never decides anything: an officer resolves it with a note.
/// </summary>
public sealed record RunCaseChecks(Guid CaseId) : IRequest<int>;

/// <summary>A supervisor adds a person to the watch list; audited.</summary>
public sealed record AddWatchListEntry(Guid SupervisorId, string? FullName, DateOnly? BirthDate, string? Reason) : IRequest<Guid>
{
    public const int NameMaxLength = 200;

    public const int ReasonMaxLength = 500;
}

/// <summary>
/// A supervisor imports names into the watch list from a CSV file (full_name,birth_date,reason; UTF-8): every line is
/// checked and each fault names its line; nothing is added unless every line is right; one audit entry lists what was
/// added. Returns how many names were added.
/// </summary>
public sealed record ImportWatchList(Guid SupervisorId, WatchListFile? File) : IRequest<int>
{
    public const int MostBytes = 1_048_576;

    public const int MostRows = 5_000;
}

public sealed record WatchListFile(Stream Content, long Length);

/// <summary>A supervisor removes a person from the watch list; audited. False when not found.</summary>
public sealed record RemoveWatchListEntry(Guid SupervisorId, Guid EntryId) : IRequest<bool>;

/// <summary>Watch-list names close enough to <paramref name="FullName"/>, best first, with their similarity (0 to 1).</summary>
public sealed record ScreenName(string FullName, DateOnly? BirthDate) : IRequest<IReadOnlyList<WatchListMatch>>;

public sealed record WatchListMatch(Guid EntryId, string FullName, DateOnly? BirthDate, double Score);
