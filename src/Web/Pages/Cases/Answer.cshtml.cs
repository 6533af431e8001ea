using Border.Cases.Contracts;
using Border.Web.Composition.Security;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Border.Web.Pages.Cases;

/// <summary>Answers an officer's request for documents with a file and a note, before the deadline.</summary>
[RefusalFields("")]
[EnableRateLimiting(RateLimits.Uploads)]
[RequestSizeLimit(Uploads.RequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = Uploads.RequestLimit)]
public sealed class AnswerModel(IMediator mediator) : CasePageModel(mediator)
{
    [FromRoute]
    public Guid RequestId { get; set; }

    [BindProperty(Name = "File")]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    public DocumentRequestView Asked { get; private set; } = null!;

    public string TimeZone { get; private set; } = ReaderTimeZone.Staff;

    public async Task<IActionResult> OnGetAsync() => await FindAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await FindAsync())
        {
            return NotFound();
        }

        var file = Upload;
        await using var content = file?.OpenReadStream();
        var upload = content is null ? null : new CaseFileUpload(content, file!.Length);
        if (!await Mediator.Send(new AnswerDocumentRequest(User.Id(), Id, RequestId, Note, upload)))
        {
            return NotFound();
        }

        return RedirectToPage("/Cases/Show", new { area = "", id = Id, done = "answered" });
    }

    private async Task<bool> FindAsync()
    {
        if (!await LoadAsync() || Case.DocumentRequests.FirstOrDefault(r => r.Id == RequestId) is not { AnsweredAt: null, Closed: false } request)
        {
            return false;
        }

        Asked = request;
        TimeZone = await ReaderTimeZone.OfAsync(Mediator, User);
        return true;
    }
}
