using Border.Cases.Contracts;
using Border.Web.Composition.Security;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Areas.Staff.Pages.Appeals;

/// <summary>Appeals waiting for a supervisor, oldest appointment first; each is decided on its case page.</summary>
[Authorize(Policy = BorderAuthorization.Supervisor)]
public sealed class IndexModel(IMediator mediator) : PageModel
{
    [FromQuery]
    public long? AfterAt { get; set; }

    [FromQuery]
    public Guid? AfterId { get; set; }

    public CaseQueuePage Appeals { get; private set; } = new([], null);

    public async Task OnGetAsync()
    {
        var after = AfterAt is { } at && AfterId is { } id ? new QueuePosition(new DateTimeOffset(at, TimeSpan.Zero), id) : null;
        Appeals = await mediator.Send(new ListCaseQueue(User.Id(), new CaseQueueFilter(State: CaseState.Appealed, UnclaimedOnly: false), after));
    }
}
