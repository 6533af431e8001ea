using Border.Scheduling.Contracts;
using Microsoft.Extensions.Localization;

namespace Border.Web.Areas.Staff.Pages.CheckIn;

/// <summary>What officers read for an appointment's status and for each outcome, in their language.</summary>
internal static class CheckInText
{
    public static string Status(AppointmentStatus status, IStringLocalizer S) => status switch
    {
        AppointmentStatus.Offered => S["Offered, not confirmed"],
        AppointmentStatus.Confirmed => S["Confirmed, not yet checked in"],
        AppointmentStatus.Expired => S["Expired, not confirmed in time"],
        AppointmentStatus.Cancelled => S["Cancelled"],
        AppointmentStatus.CheckedIn => S["Checked in"],
        AppointmentStatus.NoShow => S["No-show"],
        _ => S["Identity mismatch"],
    };

    public static string Outcome(CheckInOutcome outcome, IStringLocalizer S) => Status(CheckInOutcomes.StatusOf(outcome), S);

    /// <summary>The outcome's segment in the confirm page's address.</summary>
    public static string Slug(CheckInOutcome outcome) => outcome switch
    {
        CheckInOutcome.Arrived => "arrived",
        CheckInOutcome.NoShow => "no-show",
        _ => "identity-mismatch",
    };

    public static CheckInOutcome? FromSlug(string? slug) => slug switch
    {
        "arrived" => CheckInOutcome.Arrived,
        "no-show" => CheckInOutcome.NoShow,
        "identity-mismatch" => CheckInOutcome.IdentityMismatch,
        _ => null,
    };

    public static string Question(CheckInOutcome outcome, string number, IStringLocalizer S) => outcome switch
    {
        CheckInOutcome.Arrived => S["Record that the group of {0} arrived?", number],
        CheckInOutcome.NoShow => S["Record that the group of {0} did not come?", number],
        _ => S["Record an identity mismatch for {0}?", number],
    };

    public static string Button(CheckInOutcome outcome, IStringLocalizer S) => outcome switch
    {
        CheckInOutcome.Arrived => S["Yes, record arrived"],
        CheckInOutcome.NoShow => S["Yes, record no-show"],
        _ => S["Yes, record identity mismatch"],
    };
}
