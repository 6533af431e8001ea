using Border.Messaging.Contracts;
using Border.Web.Composition.Security;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Areas.Staff.Pages.Messages.Replies;

/// <summary>A supervisor changes or removes one saved reply.</summary>
[Authorize(Policy = BorderAuthorization.Supervisor)]
public sealed class EditModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public ReplyForm Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await mediator.Send(new GetSavedReply(id)) is not { } reply)
        {
            return NotFound();
        }

        Input = new ReplyForm { Title = reply.Title, English = reply.English, Spanish = reply.Spanish };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        return await mediator.Send(new SaveSavedReply(User.Id(), id, Input.Title, Input.English, Input.Spanish)) is null
            ? NotFound()
            : RedirectToPage("/Messages/Replies/Index");
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id)
    {
        await mediator.Send(new RemoveSavedReply(User.Id(), id));
        return RedirectToPage("/Messages/Replies/Index");
    }
}
