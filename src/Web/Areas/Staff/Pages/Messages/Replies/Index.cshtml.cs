using Border.Messaging.Contracts;
using Border.Web.Composition.Security;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Areas.Staff.Pages.Messages.Replies;

/// <summary>Supervisors keep the saved replies officers insert into their answers, in English and Spanish.</summary>
[Authorize(Policy = BorderAuthorization.Supervisor)]
public sealed class IndexModel(IMediator mediator) : PageModel, IRedisplayAfterRefusal
{
    [BindProperty]
    public ReplyForm Input { get; set; } = new();

    public IReadOnlyList<SavedReplyView> Replies { get; private set; } = [];

    public async Task OnGetAsync() => Replies = await mediator.Send(new ListSavedReplies());

    public async Task<IActionResult> OnPostAsync()
    {
        await mediator.Send(new SaveSavedReply(User.Id(), null, Input.Title, Input.English, Input.Spanish));
        return RedirectToPage("/Messages/Replies/Index");
    }

    /// <summary>A refusal shows the page again with what it shows reloaded.</summary>
    public async Task<IActionResult> RedisplayAsync()
    {
        Replies = await mediator.Send(new ListSavedReplies());
        return Page();
    }
}
