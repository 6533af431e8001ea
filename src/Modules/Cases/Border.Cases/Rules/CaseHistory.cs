using Border.Cases.Contracts;
using Border.Cases.Data;
using Border.Notifications.Contracts;
using Border.Shared.Audit;
using Border.Shared.Outbox;

namespace Border.Cases.Rules;

/// <summary>
/// What every change of a case writes in the same save: its history line, an audit entry and, for a change the
/// applicant must hear of, a notification through the outbox.
/// </summary>
internal static class CaseHistory
{
    /// <summary>The audit action each history line writes.</summary>
    public static string AuditAction(CaseEventKind kind) => kind switch
    {
        CaseEventKind.Started => CaseAuditActions.Started,
        CaseEventKind.Submitted => CaseAuditActions.Submitted,
        CaseEventKind.ChecksFinished => CaseAuditActions.ChecksFinished,
        CaseEventKind.Claimed => CaseAuditActions.Claimed,
        CaseEventKind.Released => CaseAuditActions.Released,
        CaseEventKind.Viewed => CaseAuditActions.Viewed,
        CaseEventKind.CheckResolved => CaseAuditActions.CheckResolved,
        CaseEventKind.DocumentsRequested => CaseAuditActions.DocumentsRequested,
        CaseEventKind.DocumentsAnswered => CaseAuditActions.DocumentsAnswered,
        CaseEventKind.Decided => CaseAuditActions.Decided,
        CaseEventKind.Appealed => CaseAuditActions.Appealed,
        CaseEventKind.AppealDecided => CaseAuditActions.AppealDecided,
        CaseEventKind.Withdrawn => CaseAuditActions.Withdrawn,
        CaseEventKind.ClosedNoAnswer => CaseAuditActions.ClosedNoAnswer,
        CaseEventKind.Discarded => CaseAuditActions.Discarded,
        CaseEventKind.AppointmentCancelled => CaseAuditActions.AppointmentCancelled,
        CaseEventKind.AppointmentMissed => CaseAuditActions.AppointmentMissed,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The lines the applicant sees; views, claims and releases are the officers' own.</summary>
    public static bool ShownToApplicant(CaseEventKind kind) =>
        kind is not (CaseEventKind.Viewed or CaseEventKind.Claimed or CaseEventKind.Released or CaseEventKind.CheckResolved or CaseEventKind.Started);

    public static void Record(
        CasesDbContext db, Case @case, CaseEventKind kind, Guid actorId, DateTimeOffset now, string? note = null, object? before = null, object? after = null)
    {
        db.Events.Add(new CaseEvent { Id = Guid.CreateVersion7(now), CaseId = @case.Id, At = now, Kind = kind, ActorId = actorId, Note = note });
        db.AddAuditEntry(now, actorId, @case.ApplicantId, AuditAction(kind), before, after ?? new { @case.Id, @case.Receipt, State = @case.State.ToString() });
    }

    /// <summary>Tells the applicant in the inbox and by email, in their language, with a link to the case.</summary>
    public static void Tell(CasesDbContext db, Case @case, string kind, DateTimeOffset now, params (string Name, NotificationArgument Value)[] arguments)
    {
        var values = arguments.ToDictionary(a => a.Name, a => a.Value, StringComparer.Ordinal);
        if (@case.Receipt is { } receipt)
        {
            values.TryAdd("referenceNumber", NotificationArgument.Of(receipt));
        }

        db.AddIntegrationEvent(new NotificationRequested(Guid.CreateVersion7(now), now, @case.ApplicantId, kind, values, $"/cases/{@case.Id}"));
    }
}
