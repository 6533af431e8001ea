using Border.Cases.Contracts;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Areas.Staff.Pages.Cases;

/// <summary>
/// A file sent with a case as staff open it: audited by the use case, always a download with a server-made name
/// (never shown inline, so a crafted file cannot run as a page), never cached. Another case's file is not found.
/// </summary>
public sealed class FileModel(IMediator mediator) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, Guid fileId)
    {
        if (await mediator.Send(new OpenCaseFile(User.Id(), id, fileId)) is not { } file)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "private, no-store";
        return File(file.Content, file.ContentType, file.FileName);
    }
}
