using Border.Cases.Contracts;

namespace Border.Cases.Rules;

/// <summary>A state in plain words and what happens next; the words live in Contracts so pages can name a state too.</summary>
internal static class CaseTexts
{
    public static string State(CaseState state) => CaseStateWords.State(state);

    public static string NextStep(CaseState state) => CaseStateWords.NextStep(state);
}
