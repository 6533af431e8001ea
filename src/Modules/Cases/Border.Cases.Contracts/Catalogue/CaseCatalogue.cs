namespace Border.Cases.Contracts.Catalogue;

/// <summary>
/// Every kind of case Border takes, in one place: what it is for, its questions one page each, the documents it
/// needs, who decides it and how long a denial can be appealed. Texts are English keys; Spanish is in Strings.es.resx.
/// </summary>
public static class CaseCatalogue
{
    public const int DefaultAppealWindowDays = 30;

    private const string Yes = "yes";
    private const string No = "no";

    private static readonly AnswerChoice[] YesNo = [new(Yes, "Yes, at least one person"), new(No, "No, nobody")];

    public static readonly IReadOnlyList<CaseKindDefinition> Kinds =
    [
        new(CaseKind.AdvanceInformation,
            "advance-information",
            "Advance information for processing at a port",
            "Tell the port about your group before you arrive, so officers are ready for you. You can send it before or after your appointment is confirmed.",
            [
                new("purpose", "Why is your group travelling to the United States?", null, QuestionType.Choice)
                {
                    Choices =
                    [
                        new("protection", "To ask for protection (asylum)"),
                        new("family", "To join family"),
                        new("work-or-study", "To work or study"),
                        new("other", "Another reason"),
                    ],
                },
                new("coming-from", "Where is your group travelling from?", "The city and state or country where you are staying now.", QuestionType.ShortText),
                new("special-need", "Does anyone in your group have a medical or safety need officers should know about?", null, QuestionType.YesNo) { Choices = YesNo },
                new("special-need-details", "Tell us about the medical or safety need", "Leave it empty if nobody has one.", QuestionType.LongText, Required: false),
                new("earlier-history", "Has anyone in your group been to the United States before, or had an immigration case there?", null, QuestionType.YesNo) { Choices = YesNo },
                new("earlier-history-details", "Tell us when, and what happened", "Leave it empty if nobody has.", QuestionType.LongText, Required: false),
            ],
            [
                new("identity", "The identity document of each person in your group (already in your profile)", Required: true) { FromProfile = true },
                new("supporting", "Any document that supports your reason for travel", Required: false),
            ],
            Decider.Officer,
            DefaultAppealWindowDays),
        new(CaseKind.RecordCorrection,
            "record-correction",
            "Correction of a record",
            "Once your group is confirmed for an appointment its details are frozen. Ask here to correct a name, a date of birth or a document, and send proof of the right detail.",
            [
                new("detail", "What needs to be corrected?", null, QuestionType.Choice)
                {
                    Choices =
                    [
                        new("name", "A name"),
                        new("birth-date", "A date of birth"),
                        new("document", "An identity document"),
                    ],
                },
                new("person", "Whose record is it?", "The full name of the person as Border shows it now.", QuestionType.ShortText),
                new("correct-value", "What is the correct detail?", null, QuestionType.ShortText),
                new("explanation", "How did the mistake happen?", null, QuestionType.LongText, Required: false),
            ],
            [
                new("evidence", "A photo or PDF of a document that shows the correct detail", Required: true),
            ],
            Decider.Supervisor,
            DefaultAppealWindowDays),
        new(CaseKind.PortAccommodation,
            "port-accommodation",
            "Accommodation at the port",
            "Ask for help you need at the port because of a disability, a medical condition or a language, such as an interpreter. It is decided before your appointment.",
            [
                new("need", "What kind of help do you need?", null, QuestionType.Choice)
                {
                    Choices =
                    [
                        new("disability", "Help because of a disability"),
                        new("medical", "Help because of a medical condition"),
                        new("interpreter", "An interpreter"),
                        new("other", "Other help"),
                    ],
                },
                new("language", "If you need an interpreter, in which language?", "For example Haitian Creole, Mam or K'iche'.", QuestionType.ShortText, Required: false),
                new("person", "Who needs the help?", "The full name of the person.", QuestionType.ShortText),
                new("details", "Tell us what you need and why", null, QuestionType.LongText),
            ],
            [
                new("supporting", "A medical or other document that supports the request", Required: false),
            ],
            Decider.Officer,
            DefaultAppealWindowDays),
    ];

    public static readonly IReadOnlyList<DecisionReason> Reasons =
    [
        new("identity-unverified", "The identity document could not be verified.", Appealable: true),
        new("information-incomplete", "The information given was not enough to decide.", Appealable: true),
        new("documents-missing", "The documents asked for were not provided.", Appealable: true),
        new("evidence-insufficient", "The evidence does not show that the record is wrong.", Appealable: true),
        new("accommodation-unavailable", "The port cannot provide this help; officers will assist you at the port instead.", Appealable: true),
        new("duplicate-case", "Another case asks for the same thing and is already open.", Appealable: false),
        new("not-this-kind", "This kind of case cannot grant what was asked.", Appealable: false),
    ];

    public static CaseKindDefinition For(CaseKind kind) => Kinds.Single(k => k.Kind == kind);

    public static CaseKindDefinition? BySlug(string? slug) => Kinds.FirstOrDefault(k => k.Slug == slug);

    public static DecisionReason? Reason(string code) => Reasons.FirstOrDefault(r => r.Code == code);
}
