namespace Border.Cases.Contracts;

/// <summary>Where a case is in its life. Stored by name. docs/cases.md has every transition.</summary>
public enum CaseState
{
    Draft,
    Discarded,
    Submitted,
    DocumentsRequested,
    Approved,
    Denied,
    Appealed,
    Withdrawn,
    ClosedNoAnswer,
}

public enum DecisionOutcome
{
    Approved,
    Denied,
}

public enum AppealOutcome
{
    /// <summary>The denial stands and is final.</summary>
    Upheld,

    /// <summary>The denial is reversed: the case is approved.</summary>
    Overturned,

    /// <summary>The case goes back to the officers' queue, with the supervisor's note.</summary>
    SentBack,
}

/// <summary>What the automated checks found, for the queue's filter.</summary>
public enum ChecksStatus
{
    NotRun,
    Clear,
    Hits,
}

public enum CheckKind
{
    DocumentValid,
    DuplicateDocument,
    WatchList,
    UnaccompaniedMinor,
}

/// <summary>What the history of a case records. Stored by name.</summary>
public enum CaseEventKind
{
    Started,
    Submitted,
    ChecksFinished,
    Claimed,
    Released,
    Viewed,
    CheckResolved,
    DocumentsRequested,
    DocumentsAnswered,
    Decided,
    Appealed,
    AppealDecided,
    Withdrawn,
    ClosedNoAnswer,
    Discarded,

    /// <summary>The group's appointment was cancelled while the case waited for a decision; the case stays open.</summary>
    AppointmentCancelled,

    /// <summary>The group did not come to its appointment (recorded as a no-show) while the case waited for a decision; the case stays open.</summary>
    AppointmentMissed,
}
