using Border.Cases.Contracts.Catalogue;
using Border.Cases.Contracts;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Border.Web.Pages.Cases;

/// <summary>One question of a draft a page (GOV.UK): saving it saves the draft, so a dropped connection loses nothing.</summary>
[RefusalFields(nameof(Answer), OneField = true)]
public sealed class QuestionModel(IMediator mediator) : CasePageModel(mediator)
{
    [FromRoute]
    public string Key { get; set; } = "";

    [FromQuery(Name = "change")]
    public bool Changing { get; set; }

    [BindProperty]
    public string? Answer { get; set; }

    public CaseQuestion Question { get; private set; } = null!;

    public int Number => Kind.Questions.ToList().IndexOf(Question) + 1;

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await FindAsync())
        {
            return NotFound();
        }

        Answer = Case.Answers.GetValueOrDefault(Key);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await FindAsync())
        {
            return NotFound();
        }

        if (!await Mediator.Send(new SaveCaseAnswers(User.Id(), Id, new Dictionary<string, string?> { [Key] = Answer })))
        {
            return NotFound();
        }

        return ToStep(CaseFlow.AfterQuestion(Id, Kind, Key, Changing));
    }

    private async Task<bool> FindAsync()
    {
        if (!await LoadAsync() || Case.State != CaseState.Draft || Kind.Questions.FirstOrDefault(q => q.Key == Key) is not { } question)
        {
            return false;
        }

        Question = question;
        return true;
    }
}
