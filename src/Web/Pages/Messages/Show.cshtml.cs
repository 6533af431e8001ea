using Border.Messaging.Contracts;
using Border.Shared.Localization;
using Border.Web.Composition.Security;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Border.Web.Pages.Messages;

/// <summary>One of the applicant's conversations, newest first, with the reply form above; anyone else's is not found.</summary>
[Authorize(Policy = BorderAuthorization.Applicant)]
[EnableRateLimiting(RateLimits.Uploads)]
[RequestSizeLimit(Uploads.MessageRequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = Uploads.MessageRequestLimit)]
public sealed class ShowModel(IMediator mediator, IStringLocalizer<Strings> S) : PageModel, IRedisplayAfterRefusal
{
    [BindProperty]
    public ReplyForm Input { get; set; } = new();

    public ConversationPage View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, [FromQuery] Guid? before)
    {
        Input = new ReplyForm { Key = Guid.NewGuid() };
        return await LoadAsync(id, before) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var sent = await MessageFiles.SendAsync(S, Input.ChosenFiles(), files => mediator.Send(new ReplyAsApplicant(User.Id(), Input.Key, id, Input.Body, files)));
        return sent is null ? NotFound() : RedirectToPage("/Messages/Show", new { area = "", id = sent.ConversationId });
    }

    private async Task<bool> LoadAsync(Guid id, Guid? before)
    {
        if (await mediator.Send(new GetMyConversation(User.Id(), id, before)) is not { } conversation)
        {
            return false;
        }

        View = new ConversationPage(conversation, $"/messages/{id}", await ReaderTimeZone.OfAsync(mediator, User), ForStaff: false);
        return true;
    }

    public sealed class ReplyForm
    {
        public Guid Key { get; set; }

        public string? Body { get; set; }

        public IFormFile? File1 { get; set; }

        public IFormFile? File2 { get; set; }

        public IFormFile? File3 { get; set; }

        public IReadOnlyList<IFormFile?> ChosenFiles() => [File1, File2, File3];
    }

    /// <summary>A refusal shows the page again with what it shows reloaded.</summary>
    public async Task<IActionResult> RedisplayAsync()
    {
        return Guid.TryParse(RouteData.Values["id"]?.ToString(), out var id) && await LoadAsync(id, null) ? Page() : NotFound();
    }
}
