using Border.Shared.Jobs.Dashboard.Runs;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Areas.Admin.Pages.Jobs;

/// <summary>One run: its times, node and outcome; a failure's message and what the job logged, stack trace included.</summary>
public sealed class RunModel(IMediator mediator) : PageModel
{
    [FromRoute]
    public string EntryId { get; set; } = string.Empty;

    public JobRunDetails Details { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await mediator.Send(new GetJobRunDetails(EntryId)) is not { } details)
        {
            return NotFound();
        }

        Details = details;
        return Page();
    }
}
