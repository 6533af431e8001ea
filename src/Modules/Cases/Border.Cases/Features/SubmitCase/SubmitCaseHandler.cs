using Border.Accounts.Contracts.Profile;
using Border.Cases.Contracts;
using Border.Cases.Contracts.Catalogue;
using Border.Cases.Data;
using Border.Cases.Rules;
using Border.Notifications.Contracts;
using Border.Scheduling.Contracts;
using Border.Shared.Outbox;
using Border.Shared.References;
using Border.Shared.Validation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Cases.Features.SubmitCase;

/// <summary>
/// A complete draft becomes a case: a receipt number, the group and port as they are now, the receipt told to the
/// applicant (always emailed), and <see cref="CaseSubmitted"/> in the outbox so the checks run in the background.
/// </summary>
internal sealed class SubmitCaseHandler(CasesDbContext db, IMediator mediator, TimeProvider clock) : IRequestHandler<Contracts.SubmitCase, CaseReceipt?>
{
    public async Task<CaseReceipt?> Handle(Contracts.SubmitCase request, CancellationToken cancellationToken)
    {
        var @case = await OwnCase.FindAsync(db, request.UserId, request.CaseId, cancellationToken);
        if (@case is null || @case.State == CaseState.Discarded)
        {
            return null;
        }

        if (@case.State != CaseState.Draft)
        {
            return new CaseReceipt(@case.Id, @case.Receipt!, @case.SubmittedAt!.Value);
        }

        if (Answers.FirstMissing(CaseCatalogue.For(@case.Kind), @case.Answers) is { } missing)
        {
            throw Refusal.Of(new ValidationFailure(missing.Key, "Answer this question before you send the case."));
        }

        var attached = await db.Documents.Where(d => d.CaseId == @case.Id && d.DocumentKey != null).Select(d => d.DocumentKey!).ToListAsync(cancellationToken);
        if (CaseCatalogue.For(@case.Kind).Documents.FirstOrDefault(d => d.Required && !d.FromProfile && !attached.Contains(d.Key)) is { } document)
        {
            throw Refusal.Of(new ValidationFailure("document-" + document.Key, "Add this document before you send the case."));
        }

        var profile = await mediator.Send(new GetProfile(request.UserId), cancellationToken);
        var appointment = await mediator.Send(new GetMyLiveAppointment(request.UserId), cancellationToken);
        var appointmentRequest = await mediator.Send(new GetMyRequest(request.UserId), cancellationToken);
        var now = clock.GetUtcNow();
        @case.State = CaseState.Submitted;
        @case.Receipt = ReferenceCodes.NewChecked(Receipts.Prefix);
        @case.SubmittedAt = now;
        @case.UpdatedAt = now;
        @case.ApplicantBirthDate = profile.DateOfBirth;
        @case.TimeZone = ApplicantZones.Of(profile.CurrentState);
        @case.TravellerIds = [request.UserId, .. profile.Members.Select(m => m.Id)];
        @case.AppointmentAt = appointment?.SlotStartsAt;
        @case.PortCode = appointmentRequest is { Status: RequestStatus.Pending or RequestStatus.Selected } ? appointmentRequest.PortCode : null;
        @case.QueueAt = QueueOrder.KeyOf(@case);
        CaseHistory.Record(db, @case, CaseEventKind.Submitted, request.UserId, now);
        CaseHistory.Tell(db, @case, NotificationKinds.CaseReceived, now);
        db.AddIntegrationEvent(new CaseSubmitted(Guid.CreateVersion7(now), now, @case.Id, @case.ApplicantId));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Sent twice at once (two tabs, a double tap): the first one's receipt is the answer to both.
            db.ChangeTracker.Clear();
            var sent = await db.Cases.AsNoTracking().SingleAsync(c => c.Id == request.CaseId, cancellationToken);
            return sent.Receipt is null ? null : new CaseReceipt(sent.Id, sent.Receipt, sent.SubmittedAt!.Value);
        }

        return new CaseReceipt(@case.Id, @case.Receipt, now);
    }
}
