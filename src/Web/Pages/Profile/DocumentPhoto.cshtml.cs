using Border.Accounts.Contracts.Profile;
using Border.Web.Composition.Security;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Border.Web.Pages.Profile;

[RefusalFields("")]
[EnableRateLimiting(RateLimits.Uploads)]
[RequestSizeLimit(Uploads.RequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = Uploads.RequestLimit)]
public sealed class DocumentPhotoModel(IMediator mediator) : ProfilePageModel(mediator), IRedisplayAfterRefusal
{
    [FromRoute]
    public Guid TravellerId { get; set; }

    public string? MemberName { get; private set; }

    public DocumentView? Document { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await FindAsync() ? Page() : NotFound();

    /// <summary>The chosen file; bound as a property so its errors sit under the key the summary links to.</summary>
    [BindProperty]
    public IFormFile? Photo { get; set; }

    public async Task<IActionResult> OnPostAsync()
    {
        var photo = Photo;
        await using var content = photo?.OpenReadStream();
        if (await Mediator.Send(new UploadDocumentPhoto(User.Id(), TravellerId, new UploadedFile(content, photo?.Length ?? 0))) is null)
        {
            return NotFound();
        }

        return Redirect(Changing && TravellerId == User.Id()
            ? ProfileFlow.CheckAnswers
            : ProfileFlow.After(ProfileSection.DocumentPhoto, User.Id(), TravellerId, Changing));
    }

    private async Task<bool> FindAsync()
    {
        var profile = await LoadAsync();
        if (TravellerId == profile.UserId)
        {
            Document = profile.Document;
            return true;
        }

        var member = profile.Members.FirstOrDefault(m => m.Id == TravellerId);
        MemberName = member?.FullName;
        Document = member?.Document;
        return member is not null;
    }

    /// <summary>A refusal shows the page again with what it shows reloaded.</summary>
    public async Task<IActionResult> RedisplayAsync()
    {
        return await FindAsync() ? Page() : NotFound();
    }
}
