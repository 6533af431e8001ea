namespace Border.Cases.Contracts;

/// <summary>Audit actions of Cases (stable names the audit log page translates).</summary>
public static class CaseAuditActions
{
    public const string Started = "cases.started";
    public const string Submitted = "cases.submitted";
    public const string ChecksFinished = "cases.checks-finished";
    public const string Claimed = "cases.claimed";
    public const string Released = "cases.released";
    public const string Viewed = "cases.viewed";
    public const string CheckResolved = "cases.check-resolved";
    public const string DocumentsRequested = "cases.documents-requested";
    public const string DocumentsAnswered = "cases.documents-answered";
    public const string Decided = "cases.decided";
    public const string Appealed = "cases.appealed";
    public const string AppealDecided = "cases.appeal-decided";
    public const string Withdrawn = "cases.withdrawn";
    public const string ClosedNoAnswer = "cases.closed-no-answer";
    public const string Discarded = "cases.discarded";
    public const string AppointmentCancelled = "cases.appointment-cancelled";
    public const string AppointmentMissed = "cases.appointment-missed";
    public const string FileViewed = "cases.file-viewed";
    public const string RequirementPublished = "cases.requirement-published";
    public const string WatchListAdded = "cases.watch-list-added";
    public const string WatchListRemoved = "cases.watch-list-removed";
    public const string WatchListViewed = "cases.watch-list-viewed";
    public const string WatchListImported = "cases.watch-list-imported";
    public const string AwaitingDocumentsListed = "cases.awaiting-documents-listed";
}
