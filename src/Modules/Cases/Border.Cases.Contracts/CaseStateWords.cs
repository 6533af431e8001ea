namespace Border.Cases.Contracts;

/// <summary>A state in plain words and what happens next, for the applicant's pages, the staff pages and the public status (English keys).</summary>
public static class CaseStateWords
{
    public static string State(CaseState state) => state switch
    {
        CaseState.Draft => "Not sent yet",
        CaseState.Discarded => "Discarded",
        CaseState.Submitted => "Received, waiting for an officer",
        CaseState.DocumentsRequested => "An officer needs more documents",
        CaseState.Approved => "Approved",
        CaseState.Denied => "Denied",
        CaseState.Appealed => "Appeal received",
        CaseState.Withdrawn => "Withdrawn",
        CaseState.ClosedNoAnswer => "Closed: no answer",
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };

    public static string NextStep(CaseState state) => state switch
    {
        CaseState.Draft => "Answer every question, check your answers and send it. Until then nobody sees it.",
        CaseState.Discarded => "Nothing happens with a discarded draft. You can start a new case at any time.",
        CaseState.Submitted => "Officers check the information and decide. You do not need to do anything now; we will tell you when something changes.",
        CaseState.DocumentsRequested => "Send the documents the officer asked for before the deadline, or the case will be closed.",
        CaseState.Approved => "Nothing more is needed. Bring your receipt number to the port.",
        CaseState.Denied => "Read the reasons on your case page. If the decision can be appealed, the page says until when and how.",
        CaseState.Appealed => "A supervisor who did not make the decision reviews your appeal. We will tell you the outcome.",
        CaseState.Withdrawn => "You withdrew this case. You can start a new case at any time.",
        CaseState.ClosedNoAnswer => "The documents asked for did not arrive by the deadline, so the case was closed. You can start a new case at any time.",
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };
}
