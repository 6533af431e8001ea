using Border.Notifications.Contracts;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Pages.Notifications;

/// <summary>Following a notification marks it read and goes to what it is about; a link works without script.</summary>
[Authorize]
public sealed class OpenModel(IMediator mediator) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id) =>
        await mediator.Send(new OpenNotification(User.Id(), id)) is { } link ? LocalRedirect(link) : NotFound();
}
