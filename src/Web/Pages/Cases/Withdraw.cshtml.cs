using Border.Cases.Contracts;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Border.Web.Pages.Cases;

/// <summary>"Are you sure?" before a case that is not decided is withdrawn.</summary>
public sealed class WithdrawModel(IMediator mediator) : CasePageModel(mediator)
{
    public async Task<IActionResult> OnGetAsync() => await LoadAsync() && Case.CanWithdraw ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync() =>
        await Mediator.Send(new WithdrawCase(User.Id(), Id)) ? RedirectToPage("/Cases/Index", new { area = "", done = "withdrawn" }) : NotFound();
}
