using Border.Cases.Contracts.Catalogue;
using MediatR;

namespace Border.Cases.Contracts;

/// <summary>Starts a draft of a kind, or returns the applicant's draft of that kind if there is one.</summary>
public sealed record StartCase(Guid UserId, CaseKind Kind) : IRequest<Guid>;

/// <summary>
/// Saves the answers of one page of a draft (question key to answer). False when it is not this applicant's draft
/// (the page answers 404); refused, with the question's key as the field, when an answer is not acceptable.
/// </summary>
public sealed record SaveCaseAnswers(Guid UserId, Guid CaseId, IReadOnlyDictionary<string, string?> Answers) : IRequest<bool>;

public sealed record DiscardDraft(Guid UserId, Guid CaseId) : IRequest<bool>;

/// <summary>Submits a complete draft: a receipt number, the receipt in the inbox and by email, the checks started. Null when not found.</summary>
public sealed record SubmitCase(Guid UserId, Guid CaseId) : IRequest<CaseReceipt?>;

public sealed record CaseReceipt(Guid CaseId, string Receipt, DateTimeOffset SubmittedAt);

/// <summary>The applicant's cases, drafts included (not discarded ones), newest first.</summary>
public sealed record ListMyCases(Guid UserId) : IRequest<IReadOnlyList<CaseSummary>>;

public sealed record CaseSummary(Guid Id, CaseKind Kind, CaseState State, string? Receipt, DateTimeOffset CreatedAt, DateTimeOffset? SubmittedAt);

/// <summary>One of the applicant's own cases with its history; null for another applicant's case or an unknown id.</summary>
public sealed record GetMyCase(Guid UserId, Guid CaseId) : IRequest<CaseView?>;

/// <param name="StateText">The state in plain words (English key).</param>
/// <param name="NextStep">What happens next and what the applicant must do (English key).</param>
public sealed record CaseView(
    Guid Id,
    CaseKind Kind,
    CaseState State,
    string StateText,
    string NextStep,
    string? Receipt,
    IReadOnlyDictionary<string, string> Answers,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SubmittedAt,
    IReadOnlyList<CaseHistoryItem> History,
    IReadOnlyList<DocumentRequestView> DocumentRequests,
    DecisionView? Decision,
    AppealView? Appeal,
    bool CanWithdraw,
    bool CanAppeal)
{
    /// <summary>The catalogue key of each file attached to the draft, once per file.</summary>
    public IReadOnlyList<string> Documents { get; init; } = [];

    /// <summary>The group's appointment that was cancelled while this case waits for a decision, if one was and no new one is confirmed.</summary>
    public LostAppointment? LostAppointment { get; init; }
}

/// <summary>The group's appointment that was lost while the case waited for a decision: when it was, where, and how it was lost.</summary>
public sealed record LostAppointment(DateTimeOffset SlotStartsAt, string PortName, string PortTimeZone, AppointmentLoss How = AppointmentLoss.Cancelled);

/// <summary>How the group lost its appointment, so the case pages say the right thing. Stored by name.</summary>
public enum AppointmentLoss
{
    Cancelled,

    /// <summary>The officer at the port recorded that the group did not come.</summary>
    Missed,
}

public sealed record CaseHistoryItem(CaseEventKind Kind, DateTimeOffset At, string? Note);

public sealed record DocumentRequestView(Guid Id, string What, DateTimeOffset DueAt, DateTimeOffset? AnsweredAt, string? AnswerNote, bool Closed);

/// <param name="Reasons">The catalogue's reasons (English keys).</param>
/// <param name="AppealBy">The last moment to appeal; null when the decision cannot be appealed.</param>
public sealed record DecisionView(DecisionOutcome Outcome, IReadOnlyList<DecisionReason> Reasons, string? Note, DateTimeOffset DecidedAt, DateTimeOffset? AppealBy);

public sealed record AppealView(string Statement, DateTimeOffset SubmittedAt, AppealOutcome? Outcome, string? Note, DateTimeOffset? DecidedAt);

/// <summary>Withdraws a case that is not decided. False when not found or no longer withdrawable (the page says so).</summary>
public sealed record WithdrawCase(Guid UserId, Guid CaseId) : IRequest<bool>;

/// <summary>A file the applicant sends with an answer or an appeal.</summary>
public sealed record CaseFileUpload(Stream? Content, long Length);

/// <summary>
/// Attaches one file to a draft for one of its kind's documents (one file a page, so a failed upload loses nothing).
/// False when it is not this applicant's draft or the kind takes no such document.
/// </summary>
public sealed record AttachCaseDocument(Guid UserId, Guid CaseId, string DocumentKey, CaseFileUpload File) : IRequest<bool>;

/// <summary>Answers an officer's document request with a note and a file; the case goes back to review. False when not found.</summary>
public sealed record AnswerDocumentRequest(Guid UserId, Guid CaseId, Guid RequestId, string? Note, CaseFileUpload? File) : IRequest<bool>
{
    public const int NoteMaxLength = 2_000;
}

/// <summary>
/// Appeals a denial within its window, once, with an optional document (checked and kept like every upload). False when
/// not found; refused, clearly, when not allowed.
/// </summary>
public sealed record AppealDecision(Guid UserId, Guid CaseId, string? Statement, CaseFileUpload? File = null) : IRequest<bool>
{
    public const int StatementMaxLength = 5_000;
}

/// <summary>
/// The public status page: receipt number and the applicant's date of birth give the state and what happens next,
/// nothing else. Null for a wrong number, a wrong birth date, or a number not in the right form: the same answer.
/// </summary>
public sealed record GetPublicCaseStatus(string? Receipt, DateOnly? BirthDate) : IRequest<PublicCaseStatus?>;

public sealed record PublicCaseStatus(string Receipt, CaseKind Kind, CaseState State, string StateText, string NextStep);
