using Border.Scheduling.Contracts;
using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Areas.Staff.Pages.Allocation;

/// <summary>Every staff role reads the runs; only supervisors start one (see <see cref="RunModel"/>).</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<AllocationRunSummary> Runs { get; private set; } = [];

    public async Task OnGetAsync() => Runs = await mediator.Send(new ListAllocationRuns(30));
}
