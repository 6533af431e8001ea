using Border.Scheduling.Contracts;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Areas.Staff.Pages.CheckIn;

/// <summary>The appointment for the officer: each traveller's document photo beside their live photo. Opening it is audited.</summary>
public sealed class ShowModel(IMediator mediator) : PageModel
{
    [FromQuery(Name = "recorded")]
    public bool JustRecorded { get; set; }

    [FromQuery(Name = "already")]
    public bool AlreadyRecorded { get; set; }

    public CheckInView Appointment { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await mediator.Send(new ViewCheckIn(User.Id(), id)) is not { } appointment)
        {
            return NotFound();
        }

        Appointment = appointment;
        return Page();
    }
}
