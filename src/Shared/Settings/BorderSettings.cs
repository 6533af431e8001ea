using System.Globalization;

namespace Border.Shared.Settings;

/// <summary>
/// Everything /admin/settings edits, in the units the page shows: times of day in US Eastern, the share in
/// percent, confirmation and reminder in hours.
/// </summary>
public sealed record BorderSettings(
    TimeOnly Opens,
    TimeOnly Closes,
    TimeOnly AllocationAt,
    int LeadDays,
    decimal LongestWaitingPercent,
    int ConfirmationHours,
    int ReminderHours,
    IReadOnlyList<string> EligibleStates,
    int GroupMaximum)
{
    /// <summary>The configuration values these settings stand for, as platform.settings stores them.</summary>
    public IReadOnlyDictionary<string, string> ToConfiguration() => new Dictionary<string, string>
    {
        [SettingKeys.WindowOpens] = Opens.ToString("HH:mm", CultureInfo.InvariantCulture),
        [SettingKeys.WindowCloses] = Closes.ToString("HH:mm", CultureInfo.InvariantCulture),
        [SettingKeys.AllocationRunAt] = AllocationAt.ToString("HH:mm", CultureInfo.InvariantCulture),
        [SettingKeys.LeadDays] = LeadDays.ToString(CultureInfo.InvariantCulture),
        [SettingKeys.LongestWaitingShare] = Plain(LongestWaitingPercent / 100m).ToString(CultureInfo.InvariantCulture),
        [SettingKeys.ConfirmationTime] = TimeSpan.FromHours(ConfirmationHours).ToString("c", CultureInfo.InvariantCulture),
        [SettingKeys.ReminderBefore] = TimeSpan.FromHours(ReminderHours).ToString("c", CultureInfo.InvariantCulture),
        [SettingKeys.EligibleStates] = string.Join(',', EligibleStates.Order(StringComparer.Ordinal)),
        [SettingKeys.GroupMaximum] = GroupMaximum.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>The same number without trailing zeros (50.0 is 50), so an unchanged share reads as unchanged.</summary>
    public static decimal Plain(decimal value) => value / 1.000000000000000000000000000000000m;
}
