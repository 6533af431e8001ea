using Border.Cases.Contracts;
using Border.Cases.Contracts.Catalogue;
using Border.Cases.Data;
using Border.Cases.Rules;
using Border.Notifications.Contracts;
using Border.Shared.Validation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Cases.Features.GroupCases;

/// <summary>One open correction at a time: an officer's start fills the applicant's draft, or finds the case already open.</summary>
internal sealed class StartCorrectionAtCheckInHandler(CasesDbContext db, TimeProvider clock) : IRequestHandler<StartCorrectionAtCheckIn, Guid>
{
    private static readonly string[] Details = ["name", "birth-date", "document"];

    public async Task<Guid> Handle(StartCorrectionAtCheckIn request, CancellationToken cancellationToken)
    {
        if (!Details.Contains(request.Detail))
        {
            throw Refusal.Of(new ValidationFailure(nameof(request.Detail), "Choose what does not match."));
        }

        if (request.Note?.Length > StartCorrectionAtCheckIn.NoteMaxLength)
        {
            throw Refusal.Of(new ValidationFailure(nameof(request.Note), "The note must be at most {0} characters.", StartCorrectionAtCheckIn.NoteMaxLength));
        }

        var open = await db.Cases
            .Where(c => c.ApplicantId == request.ApplicantId && c.Kind == CaseKind.RecordCorrection
                && (c.State == CaseState.Draft || c.State == CaseState.Submitted || c.State == CaseState.DocumentsRequested || c.State == CaseState.Appealed))
            .OrderByDescending(c => c.CreatedAt)
            .FirstOrDefaultAsync(cancellationToken);
        if (open is { State: not CaseState.Draft })
        {
            return open.Id;
        }

        var now = clock.GetUtcNow();
        var @case = open ?? new Case
        {
            Id = Guid.CreateVersion7(now),
            Kind = CaseKind.RecordCorrection,
            ApplicantId = request.ApplicantId,
            State = CaseState.Draft,
            CreatedAt = now,
        };
        // A new dictionary, so EF sees the jsonb column change.
        @case.Answers = new Dictionary<string, string>(@case.Answers) { ["detail"] = request.Detail! };
        if (!string.IsNullOrWhiteSpace(request.Person))
        {
            @case.Answers["person"] = request.Person.Trim();
        }

        @case.UpdatedAt = now;
        if (open is null)
        {
            @case.QueueAt = QueueOrder.KeyOf(@case);
            db.Cases.Add(@case);
        }

        CaseHistory.Record(db, @case, CaseEventKind.Started, request.StaffId, now, string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim());
        if (open is null)
        {
            CaseHistory.Tell(db, @case, NotificationKinds.CorrectionStarted, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return @case.Id;
    }
}
