using Border.Scheduling.Contracts;
using Border.Shared.Localization;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Border.Web.Areas.Staff.Pages.CheckIn;

/// <summary>
/// Find an appointment by its confirmation number. The form is a GET, so a scanned QR code typed into the field, or a
/// link to /staff/check-in?number=APT-7K3M-Q9TX, lands on the same search.
/// </summary>
public sealed class IndexModel(IMediator mediator, IStringLocalizer<Strings> S) : PageModel
{
    [FromQuery(Name = "number")]
    public string? Number { get; set; }

    public CheckInSearch? Search { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!Request.Query.ContainsKey("number"))
        {
            return Page();
        }

        if (string.IsNullOrWhiteSpace(Number))
        {
            ModelState.AddModelError("number", S["Enter the confirmation number."]);
            return Page();
        }

        Search = await mediator.Send(new FindAppointmentByNumber(User.Id(), Number));
        return Search is { Result: CheckInSearchResult.Found, AppointmentId: { } id } ? RedirectToPage("/CheckIn/Show", new { area = "Staff", id }) : Page();
    }
}
