using System.Globalization;
using Border.Scheduling.Features.Allocation;
using Border.Scheduling.Features.Expiry;
using Border.Scheduling.Rules;
using Border.Shared.Settings;
using Microsoft.Extensions.DependencyInjection;

namespace Border.Scheduling;

/// <summary>Scheduling's defaults for the settings admins may change, taken from its options classes.</summary>
internal static class SchedulingSettingDefaults
{
    public static IServiceCollection AddSchedulingSettingDefaults(this IServiceCollection services) => services
        .AddSettingDefault(SettingKeys.WindowTimeZone, RequestWindowOptions.DefaultTimeZone)
        .AddSettingDefault(SettingKeys.WindowOpens, Time(RequestWindowOptions.DefaultOpens))
        .AddSettingDefault(SettingKeys.WindowCloses, Time(RequestWindowOptions.DefaultCloses))
        .AddSettingDefault(SettingKeys.AllocationRunAt, Time(AllocationOptions.DefaultRunAt))
        .AddSettingDefault(SettingKeys.LeadDays, AllocationOptions.DefaultLeadDays.ToString(CultureInfo.InvariantCulture))
        .AddSettingDefault(SettingKeys.LongestWaitingShare, AllocationSettings.DefaultLongestWaitingShare.ToString(CultureInfo.InvariantCulture))
        .AddSettingDefault(SettingKeys.ConfirmationTime, AllocationSettings.DefaultConfirmationTime.ToString("c", CultureInfo.InvariantCulture))
        .AddSettingDefault(SettingKeys.ReminderBefore, ReminderOptions.DefaultBefore.ToString("c", CultureInfo.InvariantCulture))
        .AddSettingDefault(SettingKeys.EligibleStates, string.Join(',', RegionOptions.DefaultEligibleStates))
        .AddSettingDefault(SettingKeys.DrawSuspended, "false")
        .AddSettingDefault(SettingKeys.DrawSuspendedReasonEnglish, "")
        .AddSettingDefault(SettingKeys.DrawSuspendedReasonSpanish, "");

    private static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}
