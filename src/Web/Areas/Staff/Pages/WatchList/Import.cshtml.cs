using Border.Cases.Contracts;
using Border.Web.Composition.Security;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Areas.Staff.Pages.WatchList;

/// <summary>Supervisors add names to the watch list from a CSV file: every faulty line is listed and nothing is added until all are right.</summary>
[RefusalFields("")]
[Authorize(Policy = BorderAuthorization.Supervisor)]
[RequestSizeLimit(RequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = RequestLimit)]
public sealed class ImportModel(IMediator mediator) : PageModel
{
    // The file's own limit plus room for the form around it; a bigger body is refused before it is read.
    private const int RequestLimit = ImportWatchList.MostBytes + 65_536;

    [BindProperty(Name = "File")]
    public IFormFile? Upload { get; set; }

    [FromQuery(Name = "imported")]
    public int? Imported { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var file = Upload;
        await using var content = file?.OpenReadStream();
        var added = await mediator.Send(new ImportWatchList(User.Id(), content is null ? null : new WatchListFile(content, file!.Length)));
        return RedirectToPage(new { imported = added });
    }
}
