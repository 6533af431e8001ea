using Border.Cases.Contracts;
using Border.Scheduling.Contracts;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Pages.Appointments;

/// <summary>The confirmation: number, its QR code and every detail, printable. Anyone else's id, or an unconfirmed one: 404.</summary>
public sealed class ConfirmedModel(IMediator mediator) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    public OfferView Offer { get; private set; } = null!;

    /// <summary>Accommodations at the port that officers approved (Cases), shown with the appointment.</summary>
    public IReadOnlyList<ApprovedAccommodation> Accommodations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await mediator.Send(new GetMyOffer(User.Id(), Id)) is not { Next: OfferStep.Confirmed, ConfirmationNumber: not null } offer)
        {
            return NotFound();
        }

        Offer = offer;
        Accommodations = (await mediator.Send(new GetGroupCases(User.Id()))).Accommodations;
        return Page();
    }
}
