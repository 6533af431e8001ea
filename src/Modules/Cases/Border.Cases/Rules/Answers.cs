using Border.Cases.Contracts.Catalogue;
using Border.Shared.Validation;

namespace Border.Cases.Rules;

/// <summary>What an answer must be for its question, and whether a draft has every answer it needs.</summary>
internal static class Answers
{
    /// <summary>The page's answers merged into the draft's; refused, by the question's key, on the first unacceptable one.</summary>
    public static Dictionary<string, string> Merge(CaseKindDefinition kind, Dictionary<string, string> saved, IReadOnlyDictionary<string, string?> page)
    {
        var merged = new Dictionary<string, string>(saved, StringComparer.Ordinal);
        foreach (var (key, raw) in page)
        {
            var question = kind.Questions.FirstOrDefault(q => q.Key == key)
                ?? throw Refusal.Of(new ValidationFailure(key, "This question is not part of this case."));
            var answer = raw?.Trim() ?? "";
            if (answer.Length == 0)
            {
                if (question.Required)
                {
                    throw Refusal.Of(new ValidationFailure(key, "Answer this question."));
                }

                merged.Remove(key);
                continue;
            }

            if (answer.Length > question.MaxLength)
            {
                throw Refusal.Of(new ValidationFailure(key, "The answer must be at most {0} characters.", question.MaxLength));
            }

            if (question.Choices.Count > 0 && question.Choices.All(c => c.Value != answer))
            {
                throw Refusal.Of(new ValidationFailure(key, "Choose one of the answers."));
            }

            merged[key] = answer;
        }

        return merged;
    }

    /// <summary>The first required question without an answer, in the catalogue's order; null when the draft is complete.</summary>
    public static CaseQuestion? FirstMissing(CaseKindDefinition kind, IReadOnlyDictionary<string, string> answers) =>
        kind.Questions.FirstOrDefault(q => q.Required && !answers.ContainsKey(q.Key));
}
