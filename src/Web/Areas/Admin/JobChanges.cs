using Border.Shared.Jobs.Dashboard.Changes;
using Microsoft.Extensions.Localization;

namespace Border.Web.Areas.Admin;

/// <summary>The changes an admin makes on the jobs dashboard, each confirmed on its own "Are you sure?" page.</summary>
internal static class JobChanges
{
    public const string Run = "run";
    public const string Pause = "pause";
    public const string Resume = "resume";
    public const string Reschedule = "reschedule";

    public static JobChange? Parse(string change) => change switch
    {
        Run => JobChange.RunNow,
        Pause => JobChange.Pause,
        Resume => JobChange.Resume,
        Reschedule => JobChange.Reschedule,
        _ => null,
    };

    public static string Link(string change, string group, string name) =>
        $"/admin/jobs/confirm/{change}/{Uri.EscapeDataString(group)}/{Uri.EscapeDataString(name)}";

    public static string Question(string change, string key, string? schedule, IStringLocalizer S) => change switch
    {
        Run => S["Run the job {0} now?", key],
        Pause => S["Pause the trigger {0}?", key],
        Resume => S["Resume the trigger {0}?", key],
        _ => S["Run {0} on the schedule {1}?", key, schedule ?? string.Empty],
    };

    public static string Explanation(string change, IStringLocalizer S) => change switch
    {
        Run => S["It runs once on whichever node is free, besides its schedule. The run appears in the history."],
        Pause => S["It does not fire until it is resumed. A run already under way finishes."],
        Resume => S["It fires again on its schedule. A time missed while it was paused is handled by its misfire rule."],
        _ => S["The new schedule is kept in the database and stays after a restart."],
    };

    public static string Button(string change, IStringLocalizer S) => change switch
    {
        Run => S["Yes, run it now"],
        Pause => S["Yes, pause it"],
        Resume => S["Yes, resume it"],
        _ => S["Yes, change the schedule"],
    };

    public static string? Done(string? change, IStringLocalizer S) => change switch
    {
        Run => S["The job was started. Refresh to see its run in the history."].Value,
        Pause => S["The trigger is paused."].Value,
        Resume => S["The trigger is resumed."].Value,
        Reschedule => S["The schedule was changed."].Value,
        _ => null,
    };
}
