using Border.Cases.Contracts;
using Border.Scheduling.Contracts;
using Border.Web.Composition.Security;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Areas.Staff.Pages.Figures;

/// <summary>Supervisors' figures on cases: by state, the oldest waiting and the median days to a decision, per port.</summary>
[Authorize(Policy = BorderAuthorization.Supervisor)]
public sealed class IndexModel(IMediator mediator) : PageModel
{
    /// <summary>The states as the figures' columns, in the order a case goes through them.</summary>
    public static IReadOnlyList<CaseState> States { get; } =
        [CaseState.Submitted, CaseState.DocumentsRequested, CaseState.Appealed, CaseState.Approved, CaseState.Denied, CaseState.Withdrawn, CaseState.ClosedNoAnswer];

    public CaseFigures Figures { get; private set; } = null!;

    public IReadOnlyList<PortSummary> Ports { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Figures = await mediator.Send(new GetCaseFigures(User.Id()));
        Ports = await mediator.Send(new ListPorts());
    }
}
