using Border.Accounts.Contracts.Profile;
using Border.Shared.Uploads;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Areas.Staff.Pages.Applicants;

public sealed class FileModel(IMediator mediator) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, Guid fileId, string? size)
    {
        var variant = FileVariants.FromQuery(size);
        if (await mediator.Send(new OpenApplicantFile(User.Id(), id, fileId, variant)) is not { } file)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "private, no-store";
        return variant == FileVariant.Original ? File(file.Content, file.ContentType, file.FileName) : File(file.Content, file.ContentType);
    }
}
