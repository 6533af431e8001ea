using Border.Cases.Contracts;
using Border.Scheduling.Contracts;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Areas.Staff.Pages.CheckIn;

/// <summary>
/// A detail of the group does not match what the officer sees at the port: a correction case is started for the
/// applicant (Cases), with what did not match, for them to complete with the evidence.
/// </summary>
[RefusalFields("")]
public sealed class CorrectionModel(IMediator mediator) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public string? Detail { get; set; }

    [BindProperty]
    public string? Person { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    public CheckInView Appointment { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        await mediator.Send(new StartCorrectionAtCheckIn(User.Id(), Appointment.ApplicantId, Detail, Person, Note));

        return RedirectToPage("/CheckIn/Show", new { area = "Staff", id = Id, correction = "true" });
    }

    private async Task<bool> LoadAsync()
    {
        if (await mediator.Send(new ViewCheckIn(User.Id(), Id)) is not { } appointment)
        {
            return false;
        }

        Appointment = appointment;
        return true;
    }
}
