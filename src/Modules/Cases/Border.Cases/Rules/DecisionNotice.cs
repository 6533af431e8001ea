using Border.Cases.Contracts.Catalogue;
using Border.Cases.Data;
using Border.Notifications.Contracts;

namespace Border.Cases.Rules;

/// <summary>Tells the applicant a decision: approved, denied with a way to appeal, or denied for good.</summary>
internal static class DecisionNotice
{
    public static void Tell(CasesDbContext db, Case @case, IReadOnlyList<DecisionReason> reasons, DateTimeOffset? appealBy, DateTimeOffset now)
    {
        if (reasons.Count == 0)
        {
            CaseHistory.Tell(db, @case, NotificationKinds.CaseApproved, now);
            return;
        }

        // The notice names the first reason in the reader's language; the case page and the letter list them all.
        var reason = ("reasons", NotificationArgument.Translated(reasons[0].Text));
        if (appealBy is { } by)
        {
            var lastDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(by, TimeZoneInfo.FindSystemTimeZoneById(@case.TimeZone)).DateTime);
            CaseHistory.Tell(db, @case, NotificationKinds.DecisionMade, now, ("decision", NotificationArgument.Translated("Denied.")), reason, ("appealBy", NotificationArgument.Date(lastDay)));
        }
        else
        {
            CaseHistory.Tell(db, @case, NotificationKinds.CaseDeniedFinal, now, reason);
        }
    }
}
