using Border.Cases.Contracts;
using Border.Cases.Contracts.Catalogue;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Pages.Cases;

/// <summary>A page about one of the signed-in applicant's cases; another applicant's case is not found.</summary>
public abstract class CasePageModel(IMediator mediator) : PageModel
{
    /// <summary>On to a page of the draft, named by its page rather than its address.</summary>
    private protected RedirectToPageResult ToStep(CaseStep step) => RedirectToPage(step.Page, step.Values);

    [FromRoute]
    public Guid Id { get; set; }

    public CaseView Case { get; private set; } = null!;

    public CaseKindDefinition Kind => CaseCatalogue.For(Case.Kind);

    protected IMediator Mediator => mediator;

    /// <summary>Loads the case through the applicant's id; false (the page's 404) for anyone else's.</summary>
    protected async Task<bool> LoadAsync()
    {
        if (await mediator.Send(new GetMyCase(User.Id(), Id)) is not { } view)
        {
            return false;
        }

        Case = view;
        return true;
    }
}
