using Border.Accounts.Contracts.Profile;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Areas.Staff.Pages.Applicants;

public sealed class FileModel(IMediator mediator) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, Guid fileId, bool thumbnail)
    {
        if (await mediator.Send(new OpenApplicantFile(User.Id(), id, fileId, thumbnail)) is not { } file)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "private, no-store";
        return thumbnail ? File(file.Content, file.ContentType) : File(file.Content, file.ContentType, file.FileName);
    }
}
