using Border.Cases.Contracts.Catalogue;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Border.Web.Pages.Cases;

/// <summary>A page of a draft, named as a page and its route values, so a moved page fails where it is named.</summary>
internal sealed record CaseStep(string Page, RouteValueDictionary Values)
{
    /// <summary>The same page reached from "Check your answers": after it, the applicant goes back there.</summary>
    public CaseStep Changing(bool changing = true)
    {
        var values = new RouteValueDictionary(Values);
        if (changing)
        {
            values["change"] = "true";
        }

        return this with { Values = values };
    }
}

/// <summary>The order of a draft's pages: its questions one a page, then each document it can take, then check your answers.</summary>
internal static class CaseFlow
{
    /// <summary>Documents the applicant uploads here; the identity documents come from the profile.</summary>
    public static IEnumerable<RequiredDocument> Uploads(CaseKindDefinition kind) => kind.Documents.Where(d => d.Key != "identity");

    public static CaseStep Question(Guid id, string key) => new("/Cases/Question", new RouteValueDictionary { ["area"] = "", ["id"] = id, ["key"] = key });

    public static CaseStep Document(Guid id, string key) => new("/Cases/Document", new RouteValueDictionary { ["area"] = "", ["id"] = id, ["key"] = key });

    public static CaseStep Check(Guid id) => new("/Cases/Check", new RouteValueDictionary { ["area"] = "", ["id"] = id });

    public static CaseStep First(Guid id, CaseKindDefinition kind) => Question(id, kind.Questions[0].Key);

    public static CaseStep AfterQuestion(Guid id, CaseKindDefinition kind, string key, bool changing)
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

    public static CaseStep AfterDocument(Guid id, CaseKindDefinition kind, string key, bool changing)
    {
        var next = Uploads(kind).SkipWhile(d => d.Key != key).Skip(1).FirstOrDefault();
        return changing || next is null ? Check(id) : Document(id, next.Key);
    }

    /// <summary>The step's address, for a link.</summary>
    public static string? Href(IUrlHelper url, CaseStep step) => url.Page(step.Page, step.Values);

    /// <summary>The answer as the applicant reads it: a choice's text, or what they typed.</summary>
    public static string? AnswerText(CaseQuestion question, IReadOnlyDictionary<string, string> answers) =>
        answers.TryGetValue(question.Key, out var answer)
            ? question.Choices.FirstOrDefault(c => c.Value == answer)?.Text ?? answer
            : null;
}
