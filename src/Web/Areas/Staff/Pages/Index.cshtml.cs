using Border.Accounts.Contracts;
using Border.Cases.Contracts;
using Border.Messaging.Contracts;
using Border.Scheduling.Contracts;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Areas.Staff.Pages;

/// <summary>The staff home page: what waits for the officer now, each count from its module, each linking to its queue.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    /// <summary>Null when the account has no home port (an admin sets it).</summary>
    public HomePort? HomePort { get; private set; }

    /// <summary>Today's check-ins at the home port; null without one.</summary>
    public CheckInsToday? CheckIns { get; private set; }

    public CasesWaiting Cases { get; private set; } = new(0, 0);

    public InboxWaiting Messages { get; private set; } = new(0, 0);

    public async Task OnGetAsync()
    {
        HomePort = HomePort.Of(User);
        if (HomePort is { } port)
        {
            CheckIns = await mediator.Send(new CountCheckInsToday(port.Code));
        }

        Cases = await mediator.Send(new CountCasesWaiting(User.Id(), HomePort?.Code));
        Messages = await mediator.Send(new CountInboxWaiting(User.Id(), HomePort?.Code));
    }
}
