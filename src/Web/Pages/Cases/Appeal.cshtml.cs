using Border.Cases.Contracts;
using Border.Web.Composition.Security;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Border.Web.Pages.Cases;

/// <summary>Appeals a denial inside its window, once: a statement and, if the applicant has one, a document for a supervisor who did not decide.</summary>
[RefusalFields("")]
[EnableRateLimiting(RateLimits.Uploads)]
[RequestSizeLimit(Uploads.RequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = Uploads.RequestLimit)]
public sealed class AppealModel(IMediator mediator) : CasePageModel(mediator)
{
    [BindProperty]
    public string? Statement { get; set; }

    [BindProperty(Name = "File")]
    public IFormFile? Upload { get; set; }

    public string TimeZone { get; private set; } = ReaderTimeZone.Staff;

    public async Task<IActionResult> OnGetAsync() => await FindAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        TimeZone = await ReaderTimeZone.OfAsync(Mediator, User);
        var file = Upload;
        await using var content = file?.OpenReadStream();
        var upload = content is null ? null : new CaseFileUpload(content, file!.Length);
        return await Mediator.Send(new AppealDecision(User.Id(), Id, Statement, upload)) ? RedirectToPage("/Cases/Show", new { area = "", id = Id, done = "appealed" }) : NotFound();
    }

    private async Task<bool> FindAsync()
    {
        if (!await LoadAsync() || Case.Decision is null)
        {
            return false;
        }

        TimeZone = await ReaderTimeZone.OfAsync(Mediator, User);
        return true;
    }
}
