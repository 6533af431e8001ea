using Border.Shared.Jobs.Dashboard.Overview;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Areas.Admin.Pages.Jobs;

/// <summary>Every job and trigger, the last day's counters and the cluster; no auto-refresh, a link does it.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public JobsOverview Overview { get; private set; } = null!;

    public async Task OnGetAsync() => Overview = await mediator.Send(new GetJobsOverview());
}
