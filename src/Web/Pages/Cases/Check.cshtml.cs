using Border.Cases.Contracts;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Border.Web.Pages.Cases;

/// <summary>Check your answers, then send: the case gets its receipt number.</summary>
[RefusalFields("")]
public sealed class CheckModel(IMediator mediator) : CasePageModel(mediator)
{
    public async Task<IActionResult> OnGetAsync() => await FindAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (Case.State != CaseState.Draft)
        {
            return RedirectToPage("/Cases/Receipt", new { area = "", id = Id });
        }

        return await Mediator.Send(new SubmitCase(User.Id(), Id)) is null ? NotFound() : RedirectToPage("/Cases/Receipt", new { area = "", id = Id });
    }

    private async Task<bool> FindAsync() => await LoadAsync() && Case.State == CaseState.Draft;
}
