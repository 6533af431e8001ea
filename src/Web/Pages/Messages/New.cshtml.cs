using Border.Cases.Contracts;
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

/// <summary>A new conversation: topic, subject, message and up to three files, one plain form with its one-time key.</summary>
[Authorize(Policy = BorderAuthorization.Applicant)]
[EnableRateLimiting(RateLimits.Uploads)]
[RequestSizeLimit(Uploads.MessageRequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = Uploads.MessageRequestLimit)]
public sealed class NewModel(IMediator mediator, IStringLocalizer<Strings> S) : PageModel, IRedisplayAfterRefusal
{
    [BindProperty]
    public NewForm Input { get; set; } = new();

    /// <summary>The applicant's submitted cases, for "about a case".</summary>
    public IReadOnlyList<CaseSummary> Cases { get; private set; } = [];

    public async Task OnGetAsync([FromQuery] Guid? caseId)
    {
        Input = new NewForm { Key = Guid.NewGuid(), Topic = caseId is null ? ConversationTopic.General : ConversationTopic.Case, CaseId = caseId };
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var sent = await MessageFiles.SendAsync(S, Input.ChosenFiles(), files => mediator.Send(new StartConversation(
            User.Id(), Input.Key, Input.Topic, Input.CaseId, Input.Subject, Input.Body, files)));
        return RedirectToPage("/Messages/Show", new { area = "", id = sent.ConversationId });
    }

    private async Task LoadAsync() =>
        Cases = [.. (await mediator.Send(new ListMyCases(User.Id()))).Where(c => c.Receipt is not null)];

    public sealed class NewForm
    {
        public Guid Key { get; set; }

        public ConversationTopic Topic { get; set; }

        public Guid? CaseId { get; set; }

        public string? Subject { get; set; }

        public string? Body { get; set; }

        public IFormFile? File1 { get; set; }

        public IFormFile? File2 { get; set; }

        public IFormFile? File3 { get; set; }

        public IReadOnlyList<IFormFile?> ChosenFiles() => [File1, File2, File3];
    }

    /// <summary>A refusal shows the page again with what it shows reloaded.</summary>
    public async Task<IActionResult> RedisplayAsync()
    {
        await LoadAsync();
        return Page();
    }
}
