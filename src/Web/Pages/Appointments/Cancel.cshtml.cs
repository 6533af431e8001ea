using Border.Scheduling.Contracts;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Pages.Appointments;

/// <summary>"Are you sure?" before an offer or appointment is cancelled and its seats return.</summary>
public sealed class CancelModel(IMediator mediator) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    public OfferView Offer { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await mediator.Send(new GetMyOffer(User.Id(), Id)) is not { Status: AppointmentStatus.Offered or AppointmentStatus.Confirmed } offer)
        {
            return NotFound();
        }

        Offer = offer;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync() =>
        await mediator.Send(new CancelAppointment(User.Id(), Id)) ? RedirectToPage("/Appointments/Index", new { area = "", cancelled = "true" }) : NotFound();
}
