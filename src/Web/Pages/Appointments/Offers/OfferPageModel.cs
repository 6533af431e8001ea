using Border.Scheduling.Contracts;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Pages.Appointments.Offers;

/// <summary>
/// A step of confirming an offer. The offer is always loaded through the signed-in applicant's id (anyone else's: 404);
/// a page further on than the offer has come sends the person back to the step it is waiting for.
/// </summary>
[RefusalFields("")]
public abstract class OfferPageModel(IMediator mediator) : PageModel, IRedisplayAfterRefusal
{
    protected IMediator Mediator { get; } = mediator;

    [FromRoute]
    public Guid Id { get; set; }

    public OfferView Offer { get; private set; } = null!;

    public static string PathOf(OfferView offer) => offer.Next switch
    {
        OfferStep.Photos => $"/appointments/offers/{offer.Id}/photos/{offer.Travellers.First(t => !t.PhotoDone).Number}",
        OfferStep.Location => $"/appointments/offers/{offer.Id}/location",
        OfferStep.Review => $"/appointments/offers/{offer.Id}/review",
        OfferStep.Schedule => $"/appointments/offers/{offer.Id}/schedule",
        OfferStep.Confirmed => $"/appointments/{offer.Id}/confirmed",
        _ => $"/appointments/offers/{offer.Id}",
    };

    /// <summary>Loads the offer; a result when the page must not show: 404, or a redirect to where the offer stands.</summary>
    protected async Task<IActionResult?> LoadAsync(OfferStep step)
    {
        if (await Mediator.Send(new GetMyOffer(User.Id(), Id)) is not { } offer)
        {
            return NotFound();
        }

        Offer = offer;
        if (offer.Next is OfferStep.Confirmed or OfferStep.Closed)
        {
            return step == OfferStep.Accept && offer.Next == OfferStep.Closed ? null : Redirect(PathOf(offer));
        }

        return step > offer.Next ? Redirect(PathOf(offer)) : null;
    }

    /// <summary>Sends a step's command; then on to the next step, the same page with the refusal, or 404.</summary>
    protected async Task<IActionResult> StepAsync(OfferStep step, Func<Task<bool>> send)
    {
        stepTaken = step;
        if (!await send())
        {
            return NotFound();
        }

        return await Mediator.Send(new GetMyOffer(User.Id(), Id)) is { } offer ? Redirect(PathOf(offer)) : NotFound();
    }

    private OfferStep stepTaken;

    /// <summary>A refusal shows the step's page again, or sends the person where the offer now is.</summary>
    public async Task<IActionResult> RedisplayAsync() => await LoadAsync(stepTaken) ?? Page();
}
