using Border.Cases.Contracts;
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

    /// <summary>Back from starting a correction case for the applicant.</summary>
    [FromQuery(Name = "correction")]
    public bool CorrectionStarted { get; set; }

    public CheckInView Appointment { get; private set; } = null!;

    /// <summary>The group's advance information, approved accommodations and open correction (Cases).</summary>
    public GroupCases Cases { get; private set; } = new(null, [], null);

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await mediator.Send(new ViewCheckIn(User.Id(), id)) is not { } appointment)
        {
            return NotFound();
        }

        Appointment = appointment;
        Cases = await mediator.Send(new GetGroupCases(appointment.ApplicantId));
        return Page();
    }
}
