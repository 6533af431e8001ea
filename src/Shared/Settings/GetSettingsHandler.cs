using System.Globalization;
using MediatR;
using Quartz;

namespace Border.Shared.Settings;

internal sealed class GetSettingsHandler(SettingValues values, ISchedulerFactory schedulers) : IRequestHandler<GetSettings, CurrentSettings>
{
    public async Task<CurrentSettings> Handle(GetSettings request, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var trigger = await scheduler.GetTrigger(SettingKeys.AllocationTrigger, cancellationToken) as ICronTrigger;
        TimeOnly Time(string key) => TimeOnly.Parse(values[key], CultureInfo.InvariantCulture);
        TimeSpan Span(string key) => TimeSpan.Parse(values[key], CultureInfo.InvariantCulture);

        var settings = new BorderSettings(
            Time(SettingKeys.WindowOpens),
            Time(SettingKeys.WindowCloses),
            SettingKeys.DailyTime(trigger?.CronExpressionString) ?? Time(SettingKeys.AllocationRunAt),
            int.Parse(values[SettingKeys.LeadDays], CultureInfo.InvariantCulture),
            BorderSettings.Plain(decimal.Parse(values[SettingKeys.LongestWaitingShare], CultureInfo.InvariantCulture) * 100m),
            (int)Math.Round(Span(SettingKeys.ConfirmationTime).TotalHours),
            (int)Math.Round(Span(SettingKeys.ReminderBefore).TotalHours),
            values.List(SettingKeys.EligibleStates),
            int.Parse(values[SettingKeys.GroupMaximum], CultureInfo.InvariantCulture));
        return new CurrentSettings(settings, trigger?.CronExpressionString, trigger?.TimeZone.Id ?? values[SettingKeys.WindowTimeZone]);
    }
}
