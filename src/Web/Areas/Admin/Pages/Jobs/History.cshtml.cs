using Border.Shared.Jobs.Dashboard.History;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Quartz;

namespace Border.Web.Areas.Admin.Pages.Jobs;

/// <summary>Quartz's execution history, newest first, by job and outcome, a page at a time.</summary>
public sealed class HistoryModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Job { get; set; }

    [BindProperty(SupportsGet = true)]
    public JobRunResult? Outcome { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; }

    public JobRuns Runs { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        PageNumber = Math.Max(0, PageNumber);
        Runs = await mediator.Send(new GetJobRuns(JobLabels.ParseJob(Job), Outcome, PageNumber));
    }

    public string PageLink(int page) => QueryHelpers.AddQueryString(
        "/admin/jobs/history",
        new Dictionary<string, string?> { ["job"] = Job, ["outcome"] = Outcome?.ToString(), ["page"] = page == 0 ? null : page.ToString(System.Globalization.CultureInfo.InvariantCulture) }
            .Where(p => !string.IsNullOrEmpty(p.Value)));
}
