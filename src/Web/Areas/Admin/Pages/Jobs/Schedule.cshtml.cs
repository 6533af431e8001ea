using System.ComponentModel.DataAnnotations;
using Border.Shared.Jobs.Dashboard.Changes;
using Border.Shared.Jobs.Dashboard.Overview;
using Border.Shared.Localization;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Border.Web.Areas.Admin.Pages.Jobs;

/// <summary>A new cron schedule for a trigger, checked with Quartz's own parser; the next page asks to confirm it.</summary>
public sealed class ScheduleModel(IMediator mediator, TimeProvider clock, IStringLocalizer<Strings> text) : PageModel
{
    [FromRoute]
    public string Group { get; set; } = string.Empty;

    [FromRoute]
    public string Name { get; set; } = string.Empty;

    [BindProperty]
    public ScheduleForm Input { get; set; } = new();

    public TriggerSummary Trigger { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        Input.Cron = Trigger.Cron;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (CronSchedules.Problem(Input.Cron, Trigger.TimeZone!, clock.GetUtcNow()) is { } problem)
        {
            ModelState.AddModelError("Input.Cron", text[problem]);
            return Page();
        }

        return Redirect(JobChanges.Link(JobChanges.Reschedule, Group, Name) + "?cron=" + Uri.EscapeDataString(Input.Cron!.Trim()));
    }

    private async Task<bool> LoadAsync()
    {
        var overview = await mediator.Send(new GetJobsOverview());
        var trigger = overview.Jobs.SelectMany(j => j.Triggers).FirstOrDefault(t => t.Key.Group == Group && t.Key.Name == Name);
        if (trigger is not { Cron: not null, TimeZone: not null })
        {
            return false;
        }

        Trigger = trigger;
        return true;
    }

    public sealed class ScheduleForm
    {
        [Display(Name = "Schedule in cron format")]
        public string? Cron { get; set; }
    }
}
