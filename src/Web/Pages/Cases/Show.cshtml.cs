using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Border.Web.Pages.Cases;

/// <summary>The case page: its state in plain words, what happens next, what the applicant must do, and its history.</summary>
public sealed class ShowModel(IMediator mediator) : CasePageModel(mediator)
{
    public string TimeZone { get; private set; } = ReaderTimeZone.Staff;

    [FromQuery]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        TimeZone = await ReaderTimeZone.OfAsync(Mediator, User);
        return Page();
    }
}
