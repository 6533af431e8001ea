using Border.Scheduling.Contracts;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;

namespace Border.Web.Areas.Staff.Pages.CheckIn;

/// <summary>"Are you sure?" for one outcome; it is recorded only on the POST. A mismatch needs a short note.</summary>
[RefusalFields("")]
public sealed class RecordModel(IMediator mediator) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [FromRoute(Name = "outcome")]
    public string Slug { get; set; } = string.Empty;

    [BindProperty]
    public string? Note { get; set; }

    public CheckInOutcome Outcome { get; private set; }

    public CheckInView Appointment { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var result = await mediator.Send(new RecordCheckIn(User.Id(), Id, Outcome, Note));

        return result is null ? NotFound()
            : RedirectToPage("/CheckIn/Show", new RouteValueDictionary { ["area"] = "Staff", ["id"] = Id, [result.AlreadyRecorded ? "already" : "recorded"] = "true" });
    }

    private async Task<bool> LoadAsync()
    {
        if (CheckInText.FromSlug(Slug) is not { } outcome || await mediator.Send(new ViewCheckIn(User.Id(), Id)) is not { } appointment)
        {
            return false;
        }

        Outcome = outcome;
        Appointment = appointment;
        return true;
    }
}
