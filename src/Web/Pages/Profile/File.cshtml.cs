using Border.Accounts.Contracts.Profile;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Pages.Profile;

/// <summary>The person's own photo or scan, decrypted for them alone; anyone else's id is 404.</summary>
public sealed class FileModel(IMediator mediator) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, bool thumbnail)
    {
        if (await mediator.Send(new OpenOwnFile(User.Id(), id, thumbnail)) is not { } file)
        {
            return NotFound();
        }

        // A small preview may stay in the phone's cache for a while; the full photo is never cached.
        Response.Headers.CacheControl = thumbnail ? "private, max-age=3600" : "private, no-store";
        return thumbnail ? File(file.Content, file.ContentType) : File(file.Content, file.ContentType, file.FileName);
    }
}
