using Border.Scheduling.Contracts;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Border.Web.Pages.Appointments.Offers;

/// <summary>"Yes, schedule": the offer becomes the appointment. A second press shows the same confirmation.</summary>
public sealed class ScheduleModel(IMediator mediator) : OfferPageModel(mediator)
{
    public async Task<IActionResult> OnGetAsync() => await LoadAsync(OfferStep.Schedule) ?? Page();

    public Task<IActionResult> OnPostAsync() =>
        StepAsync(OfferStep.Schedule, async () => await Mediator.Send(new ConfirmOffer(User.Id(), Id)) is not null);
}
