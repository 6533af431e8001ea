using Border.Accounts.Contracts;
using Border.Accounts.Contracts.Profile;
using Border.Scheduling.Contracts;
using Border.Shared.Jobs;
using Border.Shared.Settings;
using Microsoft.Extensions.Localization;

namespace Border.Web.Areas.Admin;

/// <summary>
/// Every audited action Border knows, in words: the action filter offers these, and an action a module adds
/// later shows its stable name until it is added here.
/// </summary>
internal static class AuditActionNames
{
    public static readonly IReadOnlyList<string> Known =
    [
        AccountAuditActions.StaffInvited,
        AccountAuditActions.InvitationResent,
        AccountAuditActions.RoleAdded,
        AccountAuditActions.RoleRemoved,
        AccountAuditActions.Disabled,
        AccountAuditActions.Enabled,
        AccountAuditActions.TwoFactorReset,
        AccountAuditActions.AuditLogExported,
        AccountAuditActions.HomePortSet,
        AuditActions.ApplicantSearched,
        AuditActions.ApplicantViewed,
        AuditActions.ApplicantFileViewed,
        SchedulingAuditActions.CapacityChanged,
        SchedulingAuditActions.ArrivalChanged,
        SchedulingAuditActions.DateChanged,
        SchedulingAuditActions.DateCleared,
        SchedulingAuditActions.AllocationRun,
        SchedulingAuditActions.CheckInSearched,
        SchedulingAuditActions.CheckInViewed,
        SchedulingAuditActions.LivePhotoViewed,
        SchedulingAuditActions.CheckInRecorded,
        SchedulingAuditActions.AllocationSuspended,
        SchedulingAuditActions.AllocationResumed,
        JobAuditActions.Triggered,
        JobAuditActions.Requeued,
        JobAuditActions.Deleted,
        JobAuditActions.Changed,
        JobAuditActions.RunNow,
        JobAuditActions.Paused,
        JobAuditActions.Resumed,
        JobAuditActions.Rescheduled,
        SettingsAuditActions.Changed,
    ];

    public static string Describe(string action, IStringLocalizer S) => action switch
    {
        AccountAuditActions.StaffInvited => S["Invited as staff"],
        AccountAuditActions.InvitationResent => S["Invitation sent again"],
        AccountAuditActions.RoleAdded => S["Role given"],
        AccountAuditActions.RoleRemoved => S["Role removed"],
        AccountAuditActions.Disabled => S["Account disabled"],
        AccountAuditActions.Enabled => S["Account enabled again"],
        AccountAuditActions.TwoFactorReset => S["Two-step sign-in reset"],
        AccountAuditActions.AuditLogExported => S["Audit log downloaded"],
        AccountAuditActions.HomePortSet => S["Home port set"],
        AuditActions.ApplicantSearched => S["Applicants searched"],
        AuditActions.ApplicantViewed => S["Applicant's profile opened"],
        AuditActions.ApplicantFileViewed => S["Applicant's photo or scan opened"],
        SchedulingAuditActions.CapacityChanged => S["Port capacity changed"],
        SchedulingAuditActions.ArrivalChanged => S["Port address or arrival time changed"],
        SchedulingAuditActions.DateChanged => S["A date's capacity changed or the date closed"],
        SchedulingAuditActions.DateCleared => S["A date put back to the default"],
        SchedulingAuditActions.AllocationRun => S["The draw ran"],
        SchedulingAuditActions.CheckInSearched => S["Appointment looked up for check-in"],
        SchedulingAuditActions.CheckInViewed => S["Appointment opened for check-in"],
        SchedulingAuditActions.LivePhotoViewed => S["Confirmation photo opened"],
        SchedulingAuditActions.CheckInRecorded => S["Check-in outcome recorded"],
        SchedulingAuditActions.AllocationSuspended => S["Daily draw suspended"],
        SchedulingAuditActions.AllocationResumed => S["Daily draw suspension lifted"],
        JobAuditActions.Triggered => S["Job run now from the jobs dashboard"],
        JobAuditActions.Requeued => S["Jobs requeued from the jobs dashboard"],
        JobAuditActions.Deleted => S["Jobs deleted from the jobs dashboard"],
        JobAuditActions.Changed => S["Jobs changed from the jobs dashboard"],
        JobAuditActions.RunNow => S["Job run by hand"],
        JobAuditActions.Paused => S["Job paused"],
        JobAuditActions.Resumed => S["Job resumed"],
        JobAuditActions.Rescheduled => S["Job's schedule changed"],
        SettingsAuditActions.Changed => S["Settings changed"],
        _ => action,
    };
}
