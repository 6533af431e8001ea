using Border.Accounts.Contracts;
using Border.Cases.Contracts;
using Border.Messaging.Contracts;
using Border.Shared.Localization;
using Border.Web.Forms;
using Border.Web.Pages.Messages;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Border.Web.Areas.Staff.Pages.Messages;

/// <summary>
/// An officer writes first to an applicant, from their profile or about one of their cases: subject, message and up to
/// three files in one plain form with its one-time key, as the applicant's own form.
/// </summary>
[RequestSizeLimit(Uploads.MessageRequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = Uploads.MessageRequestLimit)]
public sealed class NewModel(IMediator mediator, IStringLocalizer<Strings> S) : PageModel, IRedisplayAfterRefusal
{
    [BindProperty]
    public NewForm Input { get; set; } = new();

    /// <summary>The applicant's submitted cases, for "about a case".</summary>
    public IReadOnlyList<CaseSummary> Cases { get; private set; } = [];

    public Guid ApplicantId { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid applicantId, [FromQuery] Guid? caseId)
    {
        Input = new NewForm { Key = Guid.NewGuid(), CaseId = caseId };
        return await LoadAsync(applicantId) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(Guid applicantId)
    {
        var sent = await MessageFiles.SendAsync(S, Input.ChosenFiles(), files => mediator.Send(new StartConversationAsOfficer(
            User.Id(), Input.Key, applicantId, Input.CaseId, Input.Subject, Input.Body, files)));
        return RedirectToPage("/Messages/Show", new { id = sent.ConversationId });
    }

    private async Task<bool> LoadAsync(Guid applicantId)
    {
        ApplicantId = applicantId;
        var people = await mediator.Send(new GetPeople([applicantId]));
        if (people.SingleOrDefault(p => p.UserId == applicantId) is not { IsApplicant: true, IsClosed: false })
        {
            return false;
        }

        Cases = [.. (await mediator.Send(new ListMyCases(applicantId))).Where(c => c.Receipt is not null)];
        return true;
    }

    public sealed class NewForm
    {
        public Guid Key { get; set; }

        public Guid? CaseId { get; set; }

        public string? Subject { get; set; }

        public string? Body { get; set; }

        public IFormFile? File1 { get; set; }

        public IFormFile? File2 { get; set; }

        public IFormFile? File3 { get; set; }

        public IReadOnlyList<IFormFile?> ChosenFiles() => [File1, File2, File3];
    }

    /// <summary>A refusal shows the page again with the applicant's cases reloaded.</summary>
    public async Task<IActionResult> RedisplayAsync() =>
        Guid.TryParse(RouteData.Values["applicantId"]?.ToString(), out var id) && await LoadAsync(id) ? Page() : NotFound();
}
