using Border.Cases.Contracts;
using Border.Cases.Contracts.Catalogue;
using Border.Web.Composition.Security;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Border.Web.Pages.Cases;

/// <summary>One file a page for one of the draft's documents; a failed upload loses nothing already saved.</summary>
[RefusalFields("")]
[EnableRateLimiting(RateLimits.Uploads)]
[RequestSizeLimit(Uploads.RequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = Uploads.RequestLimit)]
public sealed class DocumentModel(IMediator mediator) : CasePageModel(mediator)
{
    [FromRoute]
    public string Key { get; set; } = "";

    [FromQuery(Name = "change")]
    public bool Changing { get; set; }

    [BindProperty(Name = "File")]
    public IFormFile? Upload { get; set; }

    public RequiredDocument Document { get; private set; } = null!;

    public int Attached => Case.Documents.Count(d => d == Key);

    public async Task<IActionResult> OnGetAsync() => await FindAsync() ? Page() : NotFound();

    /// <summary>Goes on without a file: allowed for an optional document or one already attached; submission checks the rest.</summary>
    public async Task<IActionResult> OnPostSkipAsync() =>
        await FindAsync() ? ToStep(CaseFlow.AfterDocument(Id, Kind, Key, Changing)) : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await FindAsync())
        {
            return NotFound();
        }

        var file = Upload;
        await using var content = file?.OpenReadStream();
        if (!await Mediator.Send(new AttachCaseDocument(User.Id(), Id, Key, new CaseFileUpload(content, file?.Length ?? 0))))
        {
            return NotFound();
        }

        var again = CaseFlow.Document(Id, Key);
        again.Values["added"] = "true";
        return ToStep(again.Changing(Changing));
    }

    [FromQuery(Name = "added")]
    public bool Added { get; set; }

    private async Task<bool> FindAsync()
    {
        if (!await LoadAsync() || Case.State != CaseState.Draft || CaseFlow.Uploads(Kind).FirstOrDefault(d => d.Key == Key) is not { } document)
        {
            return false;
        }

        Document = document;
        return true;
    }
}
