using Quartz;

namespace Border.Shared.Jobs.Dashboard.Changes;

/// <summary>Whether a cron schedule can be given to a trigger: the form asks before its confirm page, the change asks again.</summary>
public static class CronSchedules
{
    /// <summary>The English text of what is wrong (the localization key), or null when the schedule is good.</summary>
    public static string? Problem(string? cron, TimeZoneInfo zone, DateTimeOffset now)
    {
        if (!CronExpression.TryParse(cron?.Trim(), out var parsed))
        {
            return "Enter a schedule in Quartz cron format, such as 0 0 12 * * ? for every day at 12:00.";
        }

        return new CronExpression(parsed.CronExpressionString, zone).GetNextValidTimeAfter(now) is null
            ? "This schedule would never run again. Enter one that runs in the future."
            : null;
    }
}
