using System.Globalization;
using MediatR;
using Microsoft.Extensions.Configuration;
using Hangfire;
using Hangfire.Storage;

namespace Border.Shared.Settings;

internal sealed class GetSettingsHandler(IConfiguration configuration, JobStorage jobs) : IRequestHandler<GetSettings, CurrentSettings>
{
    public Task<CurrentSettings> Handle(GetSettings request, CancellationToken cancellationToken)
    {
        RecurringJobDto? draw;
        using (var connection = jobs.GetConnection())
        {
            draw = connection.GetRecurringJobs([SettingKeys.AllocationJob]).SingleOrDefault(j => !j.Removed);
        }

        var runAt = Time(SettingKeys.AllocationRunAt, SettingKeys.DefaultRunAt);
        var states = configuration.GetSection(SettingKeys.EligibleStates).Get<string[]>() is { Length: > 0 } set ? set : [.. SettingKeys.DefaultEligibleStates];
        var settings = new BorderSettings(
            Time(SettingKeys.WindowOpens, SettingKeys.DefaultOpens),
            Time(SettingKeys.WindowCloses, SettingKeys.DefaultCloses),
            runAt,
            configuration.GetValue(SettingKeys.LeadDays, SettingKeys.DefaultLeadDays),
            BorderSettings.Plain(configuration.GetValue(SettingKeys.LongestWaitingShare, SettingKeys.DefaultLongestWaitingShare) * 100m),
            (int)Math.Round(configuration.GetValue(SettingKeys.ConfirmationTime, SettingKeys.DefaultConfirmationTime).TotalHours),
            (int)Math.Round(configuration.GetValue(SettingKeys.ReminderBefore, SettingKeys.DefaultReminderBefore).TotalHours),
            states,
            configuration.GetValue(SettingKeys.GroupMaximum, SettingKeys.DefaultGroupMaximum));
        return Task.FromResult(new CurrentSettings(settings, draw?.Cron, draw?.TimeZoneId ?? "America/New_York"));
    }

    private TimeOnly Time(string key, TimeOnly fallback) =>
        TimeOnly.TryParse(configuration[key], CultureInfo.InvariantCulture, out var time) ? time : fallback;
}
