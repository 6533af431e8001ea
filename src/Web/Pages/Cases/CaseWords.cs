using Border.Cases.Contracts;

namespace Border.Web.Pages.Cases;

/// <summary>History lines and outcomes in plain words (English keys), for the applicant's and the staff pages.</summary>
public static class CaseWords
{
    public static string Event(CaseEventKind kind) => kind switch
    {
        CaseEventKind.Started => "Draft started",
        CaseEventKind.Submitted => "Sent to Border",
        CaseEventKind.ChecksFinished => "Automated checks finished",
        CaseEventKind.Claimed => "An officer took the case",
        CaseEventKind.Released => "The case went back to the queue",
        CaseEventKind.Viewed => "Read by staff",
        CaseEventKind.CheckResolved => "A check result was resolved",
        CaseEventKind.DocumentsRequested => "Documents requested",
        CaseEventKind.DocumentsAnswered => "Documents sent",
        CaseEventKind.Decided => "Decided",
        CaseEventKind.Appealed => "Appealed",
        CaseEventKind.AppealDecided => "Appeal decided",
        CaseEventKind.Withdrawn => "Withdrawn",
        CaseEventKind.ClosedNoAnswer => "Closed: no answer",
        CaseEventKind.Discarded => "Draft discarded",
        CaseEventKind.AppointmentCancelled => "The group's appointment was cancelled",
        CaseEventKind.AppointmentMissed => "The group missed its appointment",
        _ => kind.ToString(),
    };

    /// <summary>A file's type as people name it (the same in both languages).</summary>
    public static string FileType(string contentType) => contentType switch
    {
        "application/pdf" => "PDF",
        "image/png" => "PNG",
        "image/jpeg" => "JPEG",
        _ => contentType,
    };

    public static string Outcome(AppealOutcome outcome) => outcome switch
    {
        AppealOutcome.Upheld => "The decision stands",
        AppealOutcome.Overturned => "The decision was reversed: approved",
        _ => "Sent back to the officers for a new review",
    };
}
