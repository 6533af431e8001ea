using Border.Shared.Localization;
using Microsoft.Extensions.Localization;

namespace Border.Web.Areas.Staff.Pages.Messages;

/// <summary>A duration as a person says it, to the two largest units that matter: "2 days and 3 hours", "45 minutes".</summary>
internal static class DurationWords
{
    public static string Of(IStringLocalizer S, TimeSpan duration)
    {
        if (duration < TimeSpan.FromMinutes(1))
        {
            return S["less than a minute"];
        }

        var (large, small) = duration.TotalDays >= 1
            ? (S.Plural("{0} day|{0} days", duration.Days), duration.Hours == 0 ? null : S.Plural("{0} hour|{0} hours", duration.Hours))
            : duration.TotalHours >= 1
                ? (S.Plural("{0} hour|{0} hours", duration.Hours), duration.Minutes == 0 ? null : S.Plural("{0} minute|{0} minutes", duration.Minutes))
                : (S.Plural("{0} minute|{0} minutes", duration.Minutes), null);
        return small is null ? large : S["{0} and {1}", large, small];
    }
}
