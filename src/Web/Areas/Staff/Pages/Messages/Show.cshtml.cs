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

/// <summary>A conversation as an officer works it: take it, answer it, close it. Every open is audited.</summary>
[RequestSizeLimit(Uploads.MessageRequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = Uploads.MessageRequestLimit)]
public sealed class ShowModel(IMediator mediator, IStringLocalizer<Strings> S) : PageModel, IRedisplayAfterRefusal
{
    [BindProperty]
    public ShowReplyForm Input { get; set; } = new();

    public ConversationPage View { get; private set; } = null!;

    /// <summary>The supervisors' saved replies, to insert into the answer.</summary>
    public IReadOnlyList<SavedReplyView> SavedReplies { get; private set; } = [];

    /// <summary>Set after "assign to me" lost to another officer.</summary>
    public bool TakenByAnother { get; private set; }

    /// <summary>The active officers the conversation can be handed to.</summary>
    public IReadOnlyList<AssignableOfficer> Officers { get; private set; } = [];

    /// <summary>Set after a reassignment, or after it lost to someone else's change.</summary>
    public Reassignment? Reassigned { get; private set; }

    /// <summary>Set after an applicant's file was filed into a case, or not.</summary>
    public AttachmentFiling? Filed { get; private set; }

    public async Task<IActionResult> OnGetAsync(
        Guid id, [FromQuery] Guid? before, [FromQuery] bool taken = false, [FromQuery] AttachmentFiling? filed = null, [FromQuery] Reassignment? reassigned = null)
    {
        Input = new ShowReplyForm { Key = Guid.NewGuid() };
        TakenByAnother = taken;
        Reassigned = reassigned is Reassignment.Reassigned or Reassignment.ChangedMeanwhile ? reassigned : null;
        Filed = filed is { } outcome && Enum.IsDefined(outcome) ? outcome : null;
        return await LoadAsync(id, before) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAssignAsync(Guid id) =>
        await mediator.Send(new AssignToMe(User.Id(), id)) ? RedirectToPage("/Messages/Show", new { id }) : RedirectToPage("/Messages/Show", new { id, taken = true });

    /// <summary>Hands the conversation to the chosen officer, unless someone changed who has it since the page was read.</summary>
    public async Task<IActionResult> OnPostReassignAsync(Guid id)
    {
        var outcome = await mediator.Send(new ReassignConversation(User.Id(), id, Input.ExpectedAssignee, Input.ToStaffId ?? Guid.Empty));
        return outcome == Reassignment.NotFound ? NotFound() : RedirectToPage("/Messages/Show", new { id, reassigned = outcome });
    }

    public async Task<IActionResult> OnPostCloseAsync(Guid id)
    {
        await mediator.Send(new CloseConversation(User.Id(), id));
        return RedirectToPage("/Messages/Show", new { id });
    }

    /// <summary>Files an applicant's attachment as the document a case of theirs asks for (Cases checks the case is theirs).</summary>
    public async Task<IActionResult> OnPostFileAsync(Guid id, [FromQuery] Guid attachmentId, [FromForm] Guid caseId)
    {
        var filed = await mediator.Send(new FileAttachmentInCase(User.Id(), id, attachmentId, caseId));
        return RedirectToPage("/Messages/Show", new { id, filed });
    }

    public async Task<IActionResult> OnPostReplyAsync(Guid id)
    {
        var sent = await MessageFiles.SendAsync(S, Input.ChosenFiles(), files => mediator.Send(new ReplyAsOfficer(User.Id(), Input.Key, id, Input.Body, files)));
        return sent is null ? NotFound() : RedirectToPage("/Messages/Show", new { id });
    }

    /// <summary>
    /// Puts the chosen saved reply, in the applicant's language, into the answer after what is already typed; the
    /// officer edits it and sends. Works without script: the form comes back with the text.
    /// </summary>
    public async Task<IActionResult> OnPostUseReplyAsync(Guid id)
    {
        ModelState.Clear();
        if (Input.SavedReplyId is { } replyId && await mediator.Send(new SavedReplyFor(replyId, id)) is { } saved)
        {
            var typed = Input.Body?.TrimEnd();
            Input.Body = string.IsNullOrEmpty(typed) ? saved : $"{typed}\n\n{saved}";
        }
        else
        {
            ModelState.AddModelError("Input.SavedReplyId", S["Choose a saved reply."]);
        }

        return await LoadAsync(id, null) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, Guid? before)
    {
        SavedReplies = await mediator.Send(new ListSavedReplies());
        Officers = await mediator.Send(new ListAssignableOfficers());
        if (await mediator.Send(new ViewConversation(User.Id(), id, before)) is not { } conversation)
        {
            return false;
        }

        // Only a page showing an applicant's file asks Cases, so an ordinary open reads no case and audits none.
        var applicantFiles = conversation.Messages.Any(m => !m.FromStaff && m.Attachments.Count > 0);
        View = new ConversationPage(conversation, $"/staff/messages/{id}", await ReaderTimeZone.OfAsync(mediator, User), ForStaff: true)
        {
            FileInto = applicantFiles ? await mediator.Send(new ListCasesAwaitingDocuments(User.Id(), conversation.ApplicantId)) : [],
        };
        return true;
    }

    public sealed class ShowReplyForm
    {
        public Guid Key { get; set; }

        public string? Body { get; set; }

        public Guid? SavedReplyId { get; set; }

        /// <summary>Who the officer saw the conversation assigned to when choosing another (empty: nobody).</summary>
        public Guid? ExpectedAssignee { get; set; }

        public Guid? ToStaffId { get; set; }

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
