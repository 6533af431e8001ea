using Border.Scheduling.Contracts;
using Border.Shared.Uploads;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Areas.Staff.Pages.CheckIn;

/// <summary>
/// A traveller's live photo from confirmation, decrypted by Scheduling, which records that it was opened; the check-in
/// page shows <c>?size=view</c>, and the original opens only when asked.
/// </summary>
public sealed class LivePhotoModel(IMediator mediator) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, Guid travellerId, string? size)
    {
        if (await mediator.Send(new OpenLivePhoto(User.Id(), id, travellerId, FileVariants.FromQuery(size))) is not { } photo)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "private, no-store";
        return File(photo.Content, photo.ContentType);
    }
}
