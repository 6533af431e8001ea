using Border.Scheduling.Contracts;
using Border.Web.Composition.Throughput;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Pages.Appointments;

[RememberedPage]
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public Standing Standing { get; private set; } = null!;

    [FromQuery]
    public bool Withdrawn { get; set; }

    [FromQuery]
    public bool Cancelled { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Standing = await mediator.Send(new GetMyStanding(User.Id(), FromSnapshot: true), cancellationToken);
        RememberedPageAttribute.ChangesAt(HttpContext, Standing.ChangesAt);
    }
}
