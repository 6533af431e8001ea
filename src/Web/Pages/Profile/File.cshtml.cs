using Border.Accounts.Contracts.Profile;
using Border.Shared.Uploads;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Pages.Profile;

/// <summary>
/// The person's own photo or scan, decrypted for them alone; anyone else's id is 404. <c>?size=small</c> or
/// <c>?size=view</c> sends the thumbnail or view size made at upload; the original goes only as a download.
/// </summary>
public sealed class FileModel(IMediator mediator) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, string? size)
    {
        var variant = FileVariants.FromQuery(size);
        if (await mediator.Send(new OpenOwnFile(User.Id(), id, variant)) is not { } file)
        {
            return NotFound();
        }

        // Phones in shelters are shared: nobody's photo stays in a cache.
        Response.Headers.CacheControl = "private, no-store";
        return variant == FileVariant.Original ? File(file.Content, file.ContentType, file.FileName) : File(file.Content, file.ContentType);
    }
}
