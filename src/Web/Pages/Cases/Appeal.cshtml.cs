using Border.Cases.Contracts;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Border.Web.Pages.Cases;

/// <summary>Appeals a denial inside its window, once: a statement for a supervisor who did not decide.</summary>
[RefusalFields("")]
public sealed class AppealModel(IMediator mediator) : CasePageModel(mediator)
{
    [BindProperty]
    public string? Statement { get; set; }

    public string TimeZone { get; private set; } = ReaderTimeZone.Staff;

    public async Task<IActionResult> OnGetAsync() => await FindAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        TimeZone = await ReaderTimeZone.OfAsync(Mediator, User);
        return await Mediator.Send(new AppealDecision(User.Id(), Id, Statement)) ? Redirect($"/cases/{Id}?done=appealed") : NotFound();
    }

    private async Task<bool> FindAsync()
    {
        if (!await LoadAsync() || Case.Decision is null)
        {
            return false;
        }

        TimeZone = await ReaderTimeZone.OfAsync(Mediator, User);
        return true;
    }
}
