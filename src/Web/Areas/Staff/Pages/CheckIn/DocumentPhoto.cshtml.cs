using Border.Accounts.Contracts.Profile;
using Border.Scheduling.Contracts;
using Border.Shared.Uploads;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Areas.Staff.Pages.CheckIn;

/// <summary>
/// A traveller's identity document photo, from Accounts' audited staff lookup, only for the applicant of the
/// confirmed appointment the address names. The check-in page shows the view size; the original opens when asked,
/// and a PDF scan is sent as a download.
/// </summary>
public sealed class DocumentPhotoModel(IMediator mediator) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, Guid applicantId, Guid fileId, string? size)
    {
        if (await mediator.Send(new FindCheckInApplicant(id)) != applicantId
            || await mediator.Send(new OpenApplicantFile(User.Id(), applicantId, fileId, FileVariants.FromQuery(size))) is not { } file)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "private, no-store";
        return file.ContentType.StartsWith("image/", StringComparison.Ordinal)
            ? File(file.Content, file.ContentType)
            : File(file.Content, file.ContentType, file.FileName);
    }
}
