using Border.Scheduling.Contracts;
using Border.Web.Composition.Security;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Border.Web.Pages.Appointments.Offers;

/// <summary>A live photo of one traveller; "I cannot take this photo" continues and flags the appointment for identity review.</summary>
[EnableRateLimiting(RateLimits.Uploads)]
[RequestSizeLimit(Uploads.RequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = Uploads.RequestLimit)]
public sealed class PhotoModel(IMediator mediator) : OfferPageModel(mediator)
{
    [FromRoute]
    public int Number { get; set; }

    [BindProperty]
    public IFormFile? Photo { get; set; }

    [BindProperty]
    public bool CannotTake { get; set; }

    public TravellerStep Traveller { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync() => await LoadAsync(OfferStep.Photos) ?? Found() ?? Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var photo = Photo;
        var result = await StepAsync(OfferStep.Photos, async () =>
        {
            await using var content = CannotTake ? null : photo?.OpenReadStream();
            return await Mediator.Send(new RecordLivePhoto(User.Id(), Id, Number, new LivePhotoFile(content, photo?.Length ?? 0), CannotTake));
        });
        return result is PageResult ? Found() ?? result : result;
    }

    private IActionResult? Found()
    {
        if (Offer.Travellers.FirstOrDefault(t => t.Number == Number) is not { } traveller)
        {
            return NotFound();
        }

        Traveller = traveller;
        return null;
    }
}
