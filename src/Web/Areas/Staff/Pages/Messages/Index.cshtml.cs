using Border.Accounts.Contracts;
using Border.Messaging.Contracts;
using Border.Scheduling.Contracts;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Areas.Staff.Pages.Messages;

/// <summary>The officers' shared inbox: one view at a time, filtered by port and topic, in keyset pages.</summary>
public sealed class IndexModel(IMediator mediator, TimeProvider clock) : PageModel
{
    [FromQuery(Name = "view")]
    public InboxView View { get; set; }

    [FromQuery(Name = "port")]
    public string? Port { get; set; }

    [FromQuery(Name = "topic")]
    public ConversationTopic? Topic { get; set; }

    public InboxPage Inbox { get; private set; } = new([], null);

    public IReadOnlyList<PortSummary> Ports { get; private set; } = [];

    public DateTimeOffset Now { get; private set; }

    /// <summary>The waiting counts and the median first answer, for supervisors only.</summary>
    public InboxFigures? Figures { get; private set; }

    public async Task OnGetAsync([FromQuery] string? after)
    {
        Ports = await mediator.Send(new ListPorts());
        var port = Ports.Any(p => p.Code == Port) ? Port : null;
        Inbox = await mediator.Send(new ListInbox(User.Id(), View, port, Topic, Cursor(after)));
        Now = clock.GetUtcNow();
        Figures = User.IsInRole(Roles.Supervisor) ? await mediator.Send(new GetInboxFigures()) : null;
    }

    public string PathFor(InboxView view, InboxCursor? after = null) =>
        $"/staff/messages?view={view}" + (Port is { Length: > 0 } ? $"&port={Uri.EscapeDataString(Port)}" : "") + (Topic is { } t ? $"&topic={t}" : "")
        + (after is null ? "" : $"&after={after.QueueAt.UtcTicks}_{after.Id:N}");

    private static InboxCursor? Cursor(string? after) =>
        after?.Split('_') is [var ticks, var id] && long.TryParse(ticks, out var t) && t > 0 && t < DateTimeOffset.MaxValue.UtcTicks && Guid.TryParse(id, out var g)
            ? new InboxCursor(new DateTimeOffset(t, TimeSpan.Zero), g)
            : null;
}
