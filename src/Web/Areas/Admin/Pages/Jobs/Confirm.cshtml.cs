using Border.Shared.Jobs.Dashboard.Changes;
using Border.Shared.Jobs.Dashboard.Overview;
using Border.Shared.Validation;
using Border.Shared.Localization;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Border.Web.Areas.Admin.Pages.Jobs;

/// <summary>"Are you sure?" for one change to the scheduler; the change, and its audit entry, happen only on the POST.</summary>
public sealed class ConfirmModel(IMediator mediator, IStringLocalizer<Strings> text) : PageModel
{
    [FromRoute]
    public string Change { get; set; } = string.Empty;

    [FromRoute]
    public string Group { get; set; } = string.Empty;

    [FromRoute]
    public string Name { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string? Cron { get; set; }

    /// <summary>The new schedule in words, for a reschedule.</summary>
    public string? Schedule { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        try
        {
            if (!await mediator.Send(new ChangeJob(User.Id(), JobChanges.Parse(Change)!.Value, Group, Name, Cron)))
            {
                return NotFound();
            }
        }
        catch (RequestValidationException refused)
        {
            // The only button on the page carries the message: the schedule was typed on the page before.
            foreach (var failure in refused.Failures)
            {
                ModelState.AddModelError("Input.Confirm", failure.Message);
            }

            return Page();
        }

        return Redirect($"/admin/jobs?done={Change}");
    }

    private async Task<bool> LoadAsync()
    {
        if (JobChanges.Parse(Change) is not { } change)
        {
            return false;
        }

        var jobs = (await mediator.Send(new GetJobsOverview())).Jobs;
        if (change is JobChange.RunNow)
        {
            return jobs.Any(j => j.Key.Group == Group && j.Key.Name == Name);
        }

        var trigger = jobs.SelectMany(j => j.Triggers).FirstOrDefault(t => t.Key.Group == Group && t.Key.Name == Name);
        if (change is JobChange.Reschedule && trigger is { Cron: not null })
        {
            Schedule = $"{JobLabels.Schedule(trigger with { Cron = Cron }, text)} ({Cron})";
            return !string.IsNullOrWhiteSpace(Cron);
        }

        return trigger is not null && change is not JobChange.Reschedule;
    }
}
