using Border.Cases.Contracts.Catalogue;

namespace Border.Web.Pages.Cases;

/// <summary>The order of a draft's pages: its questions one a page, then each document it can take, then check your answers.</summary>
internal static class CaseFlow
{
    /// <summary>Documents the applicant uploads here; the identity documents come from the profile.</summary>
    public static IEnumerable<RequiredDocument> Uploads(CaseKindDefinition kind) => kind.Documents.Where(d => d.Key != "identity");

    public static string Question(Guid id, string key) => $"/cases/{id}/questions/{key}";

    public static string Document(Guid id, string key) => $"/cases/{id}/documents/{key}";

    public static string Check(Guid id) => $"/cases/{id}/check";

    public static string First(Guid id, CaseKindDefinition kind) => Question(id, kind.Questions[0].Key);

    public static string AfterQuestion(Guid id, CaseKindDefinition kind, string key, bool changing)
    {
        var next = kind.Questions.SkipWhile(q => q.Key != key).Skip(1).FirstOrDefault();
        if (changing)
        {
            return Check(id);
        }

        if (next is not null)
        {
            return Question(id, next.Key);
        }

        return Uploads(kind).FirstOrDefault() is { } document ? Document(id, document.Key) : Check(id);
    }

    public static string AfterDocument(Guid id, CaseKindDefinition kind, string key, bool changing)
    {
        var next = Uploads(kind).SkipWhile(d => d.Key != key).Skip(1).FirstOrDefault();
        return changing || next is null ? Check(id) : Document(id, next.Key);
    }

    /// <summary>The answer as the applicant reads it: a choice's text, or what they typed.</summary>
    public static string? AnswerText(CaseQuestion question, IReadOnlyDictionary<string, string> answers) =>
        answers.TryGetValue(question.Key, out var answer)
            ? question.Choices.FirstOrDefault(c => c.Value == answer)?.Text ?? answer
            : null;
}
