namespace Border.Cases;

/// <summary>Cases' numbers, from configuration section "Cases"; every default is the issue's.</summary>
internal sealed class CasesOptions
{
    public const string Section = "Cases";

    /// <summary>Days an applicant has to answer a document request.</summary>
    public int DocumentRequestDays { get; set; } = 30;

    /// <summary>Days before a document request's deadline that the first reminder goes.</summary>
    public int FirstReminderDaysBefore { get; set; } = 7;

    /// <summary>Days before a document request's deadline that the last reminder goes.</summary>
    public int LastReminderDaysBefore { get; set; } = 1;

    /// <summary>Working days (Monday to Friday) the officer who asked has to act on an answer before the case goes back to the queue.</summary>
    public int AnswerWorkingDays { get; set; } = 2;

    /// <summary>Overrides the catalogue's appeal window per kind (name to days).</summary>
    public Dictionary<string, int> AppealWindowDays { get; set; } = [];

    /// <summary>The lowest trigram similarity (0 to 1) of a name to a watch-list name that counts as a hit.</summary>
    public double ScreeningThreshold { get; set; } = 0.5;
}
