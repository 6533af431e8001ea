using Border.Cases.Contracts;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Border.Web.Pages.Cases;

/// <summary>The confirmation page with the receipt number, made to be printed or kept as a screenshot.</summary>
public sealed class ReceiptModel(IMediator mediator) : CasePageModel(mediator)
{
    public string TimeZone { get; private set; } = ReaderTimeZone.Staff;

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync() || Case is not { Receipt: not null, SubmittedAt: not null })
        {
            return NotFound();
        }

        TimeZone = await ReaderTimeZone.OfAsync(Mediator, User);
        return Page();
    }
}
