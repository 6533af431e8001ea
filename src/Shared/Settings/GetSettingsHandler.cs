using System.Globalization;
using MediatR;
using Microsoft.Extensions.Configuration;
using Quartz;

namespace Border.Shared.Settings;

internal sealed class GetSettingsHandler(IConfiguration configuration, ISchedulerFactory schedulers) : IRequestHandler<GetSettings, CurrentSettings>
{
    public async Task<CurrentSettings> Handle(GetSettings request, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var trigger = await scheduler.GetTrigger(SettingKeys.AllocationTrigger, cancellationToken) as ICronTrigger;
        var runAt = Time(SettingKeys.AllocationRunAt, SettingKeys.DefaultRunAt);
        var states = configuration.GetSection(SettingKeys.EligibleStates).Get<string[]>() is { Length: > 0 } set ? set : [.. SettingKeys.DefaultEligibleStates];
        var settings = new BorderSettings(
            Time(SettingKeys.WindowOpens, SettingKeys.DefaultOpens),
            Time(SettingKeys.WindowCloses, SettingKeys.DefaultCloses),
            SettingKeys.DailyTime(trigger?.CronExpressionString) ?? runAt,
            configuration.GetValue(SettingKeys.LeadDays, SettingKeys.DefaultLeadDays),
            BorderSettings.Plain(configuration.GetValue(SettingKeys.LongestWaitingShare, SettingKeys.DefaultLongestWaitingShare) * 100m),
            (int)Math.Round(configuration.GetValue(SettingKeys.ConfirmationTime, SettingKeys.DefaultConfirmationTime).TotalHours),
            (int)Math.Round(configuration.GetValue(SettingKeys.ReminderBefore, SettingKeys.DefaultReminderBefore).TotalHours),
            states,
            configuration.GetValue(SettingKeys.GroupMaximum, SettingKeys.DefaultGroupMaximum));
        return new CurrentSettings(settings, trigger?.CronExpressionString, trigger?.TimeZone.Id ?? "America/New_York");
    }

    private TimeOnly Time(string key, TimeOnly fallback) =>
        TimeOnly.TryParse(configuration[key], CultureInfo.InvariantCulture, out var time) ? time : fallback;
}
