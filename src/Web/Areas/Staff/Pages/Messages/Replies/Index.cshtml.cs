using Border.Messaging.Contracts;
using Border.Shared.Validation;
using Border.Web.Composition.Security;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Areas.Staff.Pages.Messages.Replies;

/// <summary>Supervisors keep the saved replies officers insert into their answers, in English and Spanish.</summary>
[Authorize(Policy = BorderAuthorization.Supervisor)]
public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public ReplyForm Input { get; set; } = new();

    public IReadOnlyList<SavedReplyView> Replies { get; private set; } = [];

    public async Task OnGetAsync() => Replies = await mediator.Send(new ListSavedReplies());

    public async Task<IActionResult> OnPostAsync()
    {
        try
        {
            await mediator.Send(new SaveSavedReply(User.Id(), null, Input.Title, Input.English, Input.Spanish));
            return Redirect("/staff/messages/replies");
        }
        catch (RequestValidationException refused)
        {
            this.AddFailures(refused);
            Replies = await mediator.Send(new ListSavedReplies());
            return Page();
        }
    }
}
