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
public sealed class SelfieModel(IMediator mediator) : ProfilePageModel(mediator), IRedisplayAfterRefusal
{
    public FileView? Selfie { get; private set; }

    public async Task OnGetAsync() => Selfie = (await LoadAsync()).Selfie;

    /// <summary>The chosen file; bound as a property so its errors sit under the key the summary links to.</summary>
    [BindProperty]
    public IFormFile? Photo { get; set; }

    public async Task<IActionResult> OnPostAsync()
    {
        var photo = Photo;
        await using var content = photo?.OpenReadStream();
        await Mediator.Send(new UploadSelfie(User.Id(), new UploadedFile(content, photo?.Length ?? 0)));

        return Redirect(ProfileFlow.After(ProfileSection.Selfie, User.Id(), null, Changing));
    }

    /// <summary>A refusal shows the page again with what it shows reloaded.</summary>
    public async Task<IActionResult> RedisplayAsync()
    {
        Selfie = (await LoadAsync()).Selfie;
        return Page();
    }
}
