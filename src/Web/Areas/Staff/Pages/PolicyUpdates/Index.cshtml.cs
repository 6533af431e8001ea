using Border.Notifications.Contracts;
using Border.Scheduling.Contracts;
using Border.Web.Composition.Security;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Areas.Staff.Pages.PolicyUpdates;

[Authorize(Policy = BorderAuthorization.Supervisor)]
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public PolicyUpdatePage Updates { get; private set; } = new([], 1, 1);

    public bool Published { get; private set; }

    public IReadOnlyDictionary<string, string> PortNames { get; private set; } = new Dictionary<string, string>();

    public async Task OnGetAsync([FromQuery] int page = 1, [FromQuery] bool published = false)
    {
        Published = published;
        Updates = await mediator.Send(new ListPolicyUpdates(page));
        PortNames = (await mediator.Send(new ListPorts())).ToDictionary(p => p.Code, p => p.Name);
    }
}
