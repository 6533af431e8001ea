namespace Border.Cases.Contracts.Catalogue;

/// <summary>The kinds of case an applicant can open. Stored by name: never renumber or rename one.</summary>
public enum CaseKind
{
    AdvanceInformation,
    RecordCorrection,
    PortAccommodation,
}

/// <summary>Who may decide a case of a kind (an appeal always goes to a supervisor who did not decide it).</summary>
public enum Decider
{
    Officer,
    Supervisor,
}

public enum QuestionType
{
    ShortText,
    LongText,
    Choice,
    YesNo,
}

/// <param name="Text">English text, the localization key; so is every other text of the catalogue.</param>
public sealed record CaseQuestion(string Key, string Text, string? Hint, QuestionType Type, bool Required = true)
{
    public IReadOnlyList<AnswerChoice> Choices { get; init; } = [];

    public int MaxLength => Type == QuestionType.LongText ? 2_000 : 200;
}

public sealed record AnswerChoice(string Value, string Text);

public sealed record RequiredDocument(string Key, string Text, bool Required)
{
    /// <summary>Already held by Accounts (the profile's identity documents): nothing to upload with the case.</summary>
    public bool FromProfile { get; init; }
}

/// <param name="Slug">The kind in addresses (/cases/start/advance-information).</param>
/// <param name="AppealWindowDays">Days after a denial to appeal, unless configured otherwise; null when a denial is final.</param>
public sealed record CaseKindDefinition(
    CaseKind Kind,
    string Slug,
    string Title,
    string Explanation,
    IReadOnlyList<CaseQuestion> Questions,
    IReadOnlyList<RequiredDocument> Documents,
    Decider DecidedBy,
    int? AppealWindowDays);

/// <summary>A reason an officer gives for a denial; <paramref name="Appealable"/> false makes the denial final.</summary>
public sealed record DecisionReason(string Code, string Text, bool Appealable);
