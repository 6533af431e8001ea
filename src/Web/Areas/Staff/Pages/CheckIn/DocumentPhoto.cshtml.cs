using Border.Accounts.Contracts.Profile;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Areas.Staff.Pages.CheckIn;

/// <summary>
/// A traveller's identity document photo, from Accounts' audited staff lookup. Photos are shown in the page beside
/// the live photo; a PDF scan is sent as a download.
/// </summary>
public sealed class DocumentPhotoModel(IMediator mediator) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid applicantId, Guid fileId)
    {
        if (await mediator.Send(new OpenApplicantFile(User.Id(), applicantId, fileId)) is not { } file)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "private, no-store";
        return file.ContentType.StartsWith("image/", StringComparison.Ordinal)
            ? File(file.Content, file.ContentType)
            : File(file.Content, file.ContentType, file.FileName);
    }
}
