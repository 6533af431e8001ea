using System.Globalization;
using Border.Cases.Contracts.Requirements;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Pages.Requirements;

/// <summary>One page of the entry requirements, its live version; in English with a note while it has no translation.</summary>
public sealed class ShowModel(IMediator mediator) : PageModel
{
    public RequirementPageView Requirement { get; private set; } = null!;

    /// <summary>True when the reader asked for a language the page is not written in yet.</summary>
    public bool Untranslated { get; private set; }

    public string TimeZone { get; private set; } = ReaderTimeZone.Staff;

    public async Task<IActionResult> OnGetAsync(string slug)
    {
        var culture = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        if (await mediator.Send(new GetRequirementPage(slug, culture)) is not { } requirement)
        {
            return NotFound();
        }

        Requirement = requirement;
        Untranslated = requirement.Language != culture;
        TimeZone = await ReaderTimeZone.OfAsync(mediator, User);
        return Page();
    }
}
