using Border.Cases.Contracts;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Border.Web.Pages.Cases;

/// <summary>"Are you sure?" before a draft nobody has seen is discarded.</summary>
public sealed class DiscardModel(IMediator mediator) : CasePageModel(mediator)
{
    public async Task<IActionResult> OnGetAsync() => await LoadAsync() && Case.State == CaseState.Draft ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync() =>
        await Mediator.Send(new DiscardDraft(User.Id(), Id)) ? RedirectToPage("/Cases/Index", new { area = "", done = "discarded" }) : NotFound();
}
