using Border.Notifications.Contracts;
using Border.Web.Composition.Throughput;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Pages.Notifications;

[Authorize]
[RememberedPage]
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public NotificationPage Inbox { get; private set; } = new([], 1, 1, 0);

    /// <summary>Where the reader's times are shown (see <see cref="ReaderTimeZone"/>).</summary>
    public string TimeZone { get; private set; } = ReaderTimeZone.Staff;

    public async Task OnGetAsync(CancellationToken cancellationToken, [FromQuery] int page = 1)
    {
        Inbox = await mediator.Send(new ListNotifications(User.Id(), page, FromSnapshot: true), cancellationToken);
        TimeZone = await ReaderTimeZone.OfAsync(mediator, User);
    }

    public async Task<IActionResult> OnPostMarkAllAsync()
    {
        await mediator.Send(new MarkAllNotificationsRead(User.Id()));
        return RedirectToPage();
    }
}
