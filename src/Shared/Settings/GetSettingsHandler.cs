using System.Globalization;
using Hangfire;
using Hangfire.Storage;
using MediatR;

namespace Border.Shared.Settings;

internal sealed class GetSettingsHandler(SettingValues values, JobStorage jobs) : IRequestHandler<GetSettings, CurrentSettings>
{
    public Task<CurrentSettings> Handle(GetSettings request, CancellationToken cancellationToken)
    {
        RecurringJobDto? draw;
        using (var connection = jobs.GetConnection())
        {
            draw = connection.GetRecurringJobs([SettingKeys.AllocationJob]).SingleOrDefault(j => !j.Removed);
        }

        TimeOnly Time(string key) => TimeOnly.Parse(values[key], CultureInfo.InvariantCulture);
        TimeSpan Span(string key) => TimeSpan.Parse(values[key], CultureInfo.InvariantCulture);
        var settings = new BorderSettings(
            Time(SettingKeys.WindowOpens),
            Time(SettingKeys.WindowCloses),
            Time(SettingKeys.AllocationRunAt),
            int.Parse(values[SettingKeys.LeadDays], CultureInfo.InvariantCulture),
            BorderSettings.Plain(decimal.Parse(values[SettingKeys.LongestWaitingShare], CultureInfo.InvariantCulture) * 100m),
            (int)Math.Round(Span(SettingKeys.ConfirmationTime).TotalHours),
            (int)Math.Round(Span(SettingKeys.ReminderBefore).TotalHours),
            values.List(SettingKeys.EligibleStates),
            int.Parse(values[SettingKeys.GroupMaximum], CultureInfo.InvariantCulture));
        return Task.FromResult(new CurrentSettings(settings, draw?.Cron, draw?.TimeZoneId ?? values[SettingKeys.WindowTimeZone]));
    }
}
