using Border.Cases.Contracts;
using Border.Cases.Contracts.Catalogue;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Pages.Cases;

/// <summary>What a kind of case is for, and a button that starts its draft (or returns to the one already started).</summary>
public sealed class StartModel(IMediator mediator) : PageModel
{
    public CaseKindDefinition Kind { get; private set; } = null!;

    public IActionResult OnGet(string slug)
    {
        if (CaseCatalogue.BySlug(slug) is not { } kind)
        {
            return NotFound();
        }

        Kind = kind;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug)
    {
        if (CaseCatalogue.BySlug(slug) is not { } kind)
        {
            return NotFound();
        }

        var id = await mediator.Send(new StartCase(User.Id(), kind.Kind));
        var first = CaseFlow.First(id, kind);
        return RedirectToPage(first.Page, first.Values);
    }
}
