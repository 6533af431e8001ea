using Border.Scheduling.Contracts;
using Border.Web.Composition.Security;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Areas.Staff.Pages.Ports;

[Authorize(Policy = BorderAuthorization.Supervisor)]
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<PortSummary> Ports { get; private set; } = [];

    public async Task OnGetAsync() => Ports = await mediator.Send(new ListPorts());
}
