using Border.Cases.Contracts;

namespace Border.Cases.Data;

/// <summary>One line of a case's history. Staff-only lines (views, claims) are not shown to the applicant.</summary>
internal sealed class CaseEvent
{
    public Guid Id { get; init; }

    public Guid CaseId { get; init; }

    public DateTimeOffset At { get; init; }

    public CaseEventKind Kind { get; init; }

    /// <summary>Who acted: the applicant, a staff member, or <see cref="Guid.Empty"/> for Border itself.</summary>
    public Guid ActorId { get; init; }

    public string? Note { get; init; }
}
