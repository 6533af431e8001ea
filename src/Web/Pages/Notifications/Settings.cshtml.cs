using Border.Notifications.Contracts;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Pages.Notifications;

[Authorize]
public sealed class SettingsModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<string> TopicsOn { get; private set; } = [];

    public bool Saved { get; private set; }

    public async Task OnGetAsync([FromQuery] bool saved = false)
    {
        Saved = saved;
        TopicsOn = (await mediator.Send(new GetEmailSettings(User.Id()))).TopicsOn;
    }

    public async Task<IActionResult> OnPostAsync([FromForm] List<string> topics)
    {
        await mediator.Send(new ChangeEmailSettings(User.Id(), topics));
        return RedirectToPage("/Notifications/Settings", new { area = "", saved = "true" });
    }
}
