using Border.Scheduling.Contracts;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Border.Web.Pages.Appointments.Offers;

/// <summary>Every detail of the offer and who travels, then "Schedule".</summary>
public sealed class ReviewModel(IMediator mediator) : OfferPageModel(mediator)
{
    public async Task<IActionResult> OnGetAsync() => await LoadAsync(OfferStep.Review) ?? Page();

    public Task<IActionResult> OnPostAsync() => StepAsync(OfferStep.Review, () => Mediator.Send(new ReviewOffer(User.Id(), Id)));
}
