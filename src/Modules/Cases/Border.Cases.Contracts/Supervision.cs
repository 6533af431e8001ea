using MediatR;

namespace Border.Cases.Contracts;

/// <summary>
/// The watch list as a supervisor reads it, by name, 50 a page; <paramref name="Search"/> finds names containing the
/// words typed, accents and case ignored. Audited: the list names people.
/// </summary>
public sealed record ListWatchList(Guid SupervisorId, string? Search, int Page = 1) : IRequest<WatchListPage>
{
    public const int PageSize = 50;

    public const int SearchMaxLength = 200;
}

public sealed record WatchListPage(IReadOnlyList<WatchListItem> Items, int Page, int TotalPages, int Total);

public sealed record WatchListItem(Guid Id, string FullName, DateOnly? BirthDate, string Reason, DateTimeOffset AddedAt);

/// <summary>A file sent with a case (a draft's document, an answer, an appeal) as staff open it; null when it is not this case's. Audited.</summary>
public sealed record OpenCaseFile(Guid StaffId, Guid CaseId, Guid FileId) : IRequest<CaseFile?>;

public sealed record CaseFile(byte[] Content, string ContentType, string FileName);

/// <summary>What is known of a case's file without opening it; <see cref="AppealId"/> or <see cref="DocumentRequestId"/> says what it came with.</summary>
public sealed record CaseFileView(Guid Id, string? DocumentKey, Guid? DocumentRequestId, Guid? AppealId, string ContentType, int Length, DateTimeOffset StoredAt);

/// <summary>Figures for supervisors: cases by state, the oldest waiting and the median days to a decision, per port and in all.</summary>
public sealed record GetCaseFigures(Guid SupervisorId) : IRequest<CaseFigures>
{
    public const int DecisionDays = 30;
}

public sealed record CaseFigures(DateTimeOffset At, PortFigures All, IReadOnlyList<PortFigures> Ports);

/// <param name="Port">The port's code; null for the cases with no port yet (or, in <see cref="CaseFigures.All"/>, every port).</param>
/// <param name="OldestWaitingSince">When the case waiting longest for an officer or a supervisor was sent.</param>
/// <param name="MedianDaysToDecision">From submission to the first decision, of the cases first decided in the last 30 days.</param>
public sealed record PortFigures(
    string? Port,
    IReadOnlyDictionary<CaseState, int> ByState,
    DateTimeOffset? OldestWaitingSince,
    string? OldestWaitingReceipt,
    double? MedianDaysToDecision,
    int DecidedInPeriod);

/// <summary>Every case the person started, with its history and files, for their own download.</summary>
public sealed record ExportCases(Guid UserId) : IRequest<CasesExport>;

public sealed record CasesExport(IReadOnlyList<ExportedCase> Cases, IReadOnlyList<CaseFile> Files);

public sealed record ExportedCase(
    Guid Id,
    string Kind,
    string State,
    string? Receipt,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SubmittedAt,
    IReadOnlyDictionary<string, string> Answers,
    IReadOnlyList<CaseHistoryItem> History,
    IReadOnlyList<DocumentRequestView> DocumentRequests,
    DecisionView? Decision,
    AppealView? Appeal,
    IReadOnlyList<string> FileNames);
