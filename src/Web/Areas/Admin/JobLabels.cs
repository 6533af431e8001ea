using System.Globalization;
using Border.Shared.Jobs.Dashboard.Overview;
using Microsoft.Extensions.Localization;
using Quartz;

namespace Border.Web.Areas.Admin;

/// <summary>The jobs dashboard's words: schedules, outcomes, durations and moments.</summary>
internal static class JobLabels
{
    public static string Key(JobKey key) => $"{key.Group}.{key.Name}";

    public static string Key(TriggerKey key) => $"{key.Group}.{key.Name}";

    /// <summary>"group.name" back into a job key; null for anything else.</summary>
    public static JobKey? ParseJob(string? value) =>
        value?.Split('.', 2) is [{ Length: > 0 } group, { Length: > 0 } name] ? new JobKey(name, group) : null;

    public static string Schedule(TriggerSummary trigger, IStringLocalizer S)
    {
        if (trigger.Interval is { } interval)
        {
            return interval switch
            {
                { TotalMinutes: 1 } => S["Every minute"],
                { TotalHours: 1 } => S["Every hour"],
                { TotalSeconds: < 60 } => S["Every {0} seconds", interval.TotalSeconds],
                { TotalMinutes: < 60 } => S["Every {0} minutes", interval.TotalMinutes],
                _ => S["Every {0} hours", interval.TotalHours],
            };
        }

        var zone = trigger.TimeZone?.Id ?? "UTC";
        return trigger.Cron?.Split(' ', StringSplitOptions.RemoveEmptyEntries) switch
        {
            ["0", "*", "*", "*", "*", "?" or "*"] => S["Every minute"],
            ["0", var minute, var hour, "*" or "?", "*", "*" or "?"] when int.TryParse(minute, out var m) && int.TryParse(hour, out var h) =>
                S["Every day at {0} ({1})", $"{h:00}:{m:00}", zone],
            _ => S["Custom schedule ({0})", zone],
        };
    }

    public static string Outcome(JobRunResult result, IStringLocalizer S) => result switch
    {
        JobRunResult.Succeeded => S["Succeeded"],
        JobRunResult.Failed => S["Failed"],
        JobRunResult.Skipped => S["Skipped"],
        _ => S["Cancelled"],
    };

    public static string NodeState(ClusterNodeState state, IStringLocalizer S) => state switch
    {
        ClusterNodeState.Alive => S["Checking in"],
        ClusterNodeState.Overdue => S["Late to check in"],
        _ => S["Stopped checking in"],
    };

    public static string Duration(TimeSpan duration) => duration.TotalSeconds < 1
        ? string.Create(CultureInfo.CurrentCulture, $"{duration.TotalMilliseconds:0} ms")
        : string.Create(CultureInfo.CurrentCulture, $"{duration.TotalSeconds:0.0} s");

    public static string Moment(DateTimeOffset? at) =>
        at is { } value ? value.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " UTC" : "—";
}
