using Border.Scheduling.Contracts;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Border.Web.Pages.Appointments.Offers;

/// <summary>"Your confirmation is pending": the offer, its deadline and the time left, counted on the server; then "Accept".</summary>
public sealed class OfferModel(IMediator mediator) : OfferPageModel(mediator)
{
    public async Task<IActionResult> OnGetAsync() => await LoadAsync(OfferStep.Accept) ?? Page();

    public Task<IActionResult> OnPostAsync() => StepAsync(OfferStep.Accept, () => Mediator.Send(new AcceptOffer(User.Id(), Id)));
}
