using Border.Scheduling.Contracts;
using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Pages;

/// <summary>How allocation works, and each day's figures per port, for anyone: no sign-in.</summary>
public sealed class AllocationModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<AllocationRunSummary> Runs { get; private set; } = [];

    public AllocationRules Rules { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        Rules = await mediator.Send(new GetAllocationRules());
        Runs = await mediator.Send(new ListAllocationRuns(7));
    }
}
