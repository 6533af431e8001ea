using Border.Messaging.Contracts;
using Border.Web.Composition.Security;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Pages.Messages;

/// <summary>A file from the applicant's own conversation, as a download (never shown inline).</summary>
[Authorize(Policy = BorderAuthorization.Applicant)]
public sealed class AttachmentModel(IMediator mediator) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, Guid attachmentId)
    {
        if (await mediator.Send(new OpenMyAttachment(User.Id(), id, attachmentId)) is not { } file)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "private, no-store";
        return File(file.Content, file.ContentType, file.FileName);
    }
}
