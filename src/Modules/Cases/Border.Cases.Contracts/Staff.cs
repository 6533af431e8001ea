using Border.Cases.Contracts.Catalogue;
using MediatR;

namespace Border.Cases.Contracts;

/// <summary>
/// The officers' queue, most urgent first (the soonest appointment, then the longest waiting), 50 a page, keyset:
/// <paramref name="After"/> is the last row of the page before. <see cref="CaseQueueFilter.AnyPort"/> lists the cases
/// with no port yet; <see cref="CaseQueueFilter.Port"/> one port's.
/// </summary>
public sealed record ListCaseQueue(Guid StaffId, CaseQueueFilter Filter, QueuePosition? After = null) : IRequest<CaseQueuePage>
{
    public const int PageSize = 50;
}

public sealed record CaseQueueFilter(
    string? Port = null,
    bool AnyPort = false,
    CaseKind? Kind = null,
    CaseState State = CaseState.Submitted,
    ChecksStatus? Checks = null,
    bool UnclaimedOnly = true);

public sealed record QueuePosition(DateTimeOffset QueueAt, Guid Id);

public sealed record CaseQueuePage(IReadOnlyList<QueuedCase> Cases, QueuePosition? Next);

public sealed record QueuedCase(
    Guid Id, string Receipt, CaseKind Kind, CaseState State, string? Port, DateTimeOffset? AppointmentAt,
    DateTimeOffset SubmittedAt, ChecksStatus Checks, Guid? ClaimedBy, QueuePosition Position);

/// <summary>Claims a waiting case; two officers at once: exactly one gets true.</summary>
public sealed record ClaimCase(Guid StaffId, Guid CaseId) : IRequest<bool>;

/// <summary>Gives a claim back to the queue: the officer's own, or any claim when <paramref name="AsSupervisor"/>.</summary>
public sealed record ReleaseCase(Guid StaffId, Guid CaseId, bool AsSupervisor = false) : IRequest<bool>;

/// <summary>A case as staff read it; every call is audited. <see cref="StaffCaseView.Version"/> goes back with a decision.</summary>
public sealed record ViewCase(Guid StaffId, Guid CaseId) : IRequest<StaffCaseView?>;

public sealed record StaffCaseView(
    Guid Id,
    CaseKind Kind,
    CaseState State,
    string? Receipt,
    Guid ApplicantId,
    IReadOnlyList<Guid> TravellerIds,
    string? Port,
    DateTimeOffset? AppointmentAt,
    IReadOnlyDictionary<string, string> Answers,
    Guid? ClaimedBy,
    uint Version,
    IReadOnlyList<CheckResultView> Checks,
    IReadOnlyList<CaseHistoryItem> History,
    IReadOnlyList<DocumentRequestView> DocumentRequests,
    DecisionView? Decision,
    AppealView? Appeal,
    Guid? DecidedBy,
    IReadOnlyList<CaseFileView> Files)
{
    /// <summary>The group's appointment that was cancelled while the case waited, if one was and no new one is confirmed since.</summary>
    public LostAppointment? LostAppointment { get; init; }
}

/// <param name="Explanation">English key with <see cref="Arguments"/> for its placeholders.</param>
public sealed record CheckResultView(
    Guid Id, CheckKind Check, Guid? TravellerId, bool Hit, string Explanation, IReadOnlyList<string> Arguments, double? Score,
    DateTimeOffset RanAt, Guid? ResolvedBy, string? ResolutionNote);

/// <summary>Resolves one check hit with a note. False when not found.</summary>
public sealed record ResolveCheck(Guid StaffId, Guid CaseId, Guid CheckId, string? Note) : IRequest<bool>
{
    public const int NoteMaxLength = 2_000;
}

/// <summary>Asks the applicant for documents by a date (30 days by default). Needs the claim and the version read.</summary>
public sealed record RequestDocuments(Guid StaffId, Guid CaseId, uint Version, string? What) : IRequest<bool>
{
    public const int WhatMaxLength = 2_000;
}

/// <summary>
/// Approves, or denies with one or more catalogue reasons. Needs the claim; refused when the case changed since
/// <paramref name="Version"/> was read (another officer, the applicant, a job), nothing lost.
/// </summary>
public sealed record DecideCase(Guid StaffId, Guid CaseId, uint Version, DecisionOutcome Outcome, IReadOnlyList<string> Reasons, string? Note)
    : IRequest<bool>
{
    public const int NoteMaxLength = 2_000;
}

/// <summary>A supervisor decides an appeal; never the officer who made the decision appealed.</summary>
public sealed record DecideAppeal(Guid SupervisorId, Guid CaseId, uint Version, AppealOutcome Outcome, string? Note) : IRequest<bool>
{
    public const int NoteMaxLength = 2_000;
}
