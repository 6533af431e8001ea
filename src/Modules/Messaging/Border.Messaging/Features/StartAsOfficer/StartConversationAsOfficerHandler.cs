using Border.Accounts.Contracts;
using Border.Cases.Contracts;
using Border.Messaging.Contracts;
using Border.Messaging.Data;
using Border.Messaging.Rules;
using Border.Scheduling.Contracts;
using Border.Shared.Audit;
using Border.Shared.Validation;
using MediatR;

namespace Border.Messaging.Features.StartAsOfficer;

/// <summary>
/// An officer writes first. The person must be an open applicant account and a case one of their submitted cases
/// (asked of Accounts and Cases); the port comes from their appointment or request, as for their own conversations.
/// The conversation is the officer's and waits on the applicant, who is told through the outbox (a link, never the text).
/// </summary>
internal sealed class StartConversationAsOfficerHandler(MessagingDbContext db, Attachments attachments, IMediator mediator, TimeProvider clock)
    : IRequestHandler<StartConversationAsOfficer, MessageSent>
{
    public async Task<MessageSent> Handle(StartConversationAsOfficer request, CancellationToken cancellationToken)
    {
        var key = request.FormKey == Guid.Empty ? Guid.NewGuid() : request.FormKey;
        if (await OnceForm.EarlierAsync(db, request.StaffId, key, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        var people = await mediator.Send(new GetPeople([request.ApplicantId]), cancellationToken);
        if (people.SingleOrDefault(p => p.UserId == request.ApplicantId) is not { IsApplicant: true, IsClosed: false })
        {
            throw Refusal.Of(new ValidationFailure("ApplicantId", "This applicant's account is closed or does not exist."));
        }

        var subject = MessageText.Subject(request.Subject);
        var files = await attachments.CheckAsync(request.Files, cancellationToken);
        var body = MessageText.Checked(request.Body, files.Count > 0);
        string? reference = null;
        if (request.CaseId is { } caseId)
        {
            var cases = await mediator.Send(new ListMyCases(request.ApplicantId), cancellationToken);
            reference = cases.FirstOrDefault(c => c.Id == caseId && c.Receipt is not null)?.Receipt
                ?? throw Refusal.Of(new ValidationFailure("CaseId", "Choose one of this applicant's cases."));
        }

        var now = clock.GetUtcNow();
        var standing = await mediator.Send(new GetMyStanding(request.ApplicantId), cancellationToken);
        var conversation = new Conversation
        {
            Id = Guid.CreateVersion7(now),
            ApplicantId = request.ApplicantId,
            Topic = reference is null ? ConversationTopic.General : ConversationTopic.Case,
            CaseId = reference is null ? null : request.CaseId,
            Reference = reference,
            PortCode = standing.Appointment?.PortCode ?? standing.Request?.PortCode,
            Subject = subject,
            State = ConversationState.WaitingOnApplicant,
            AssignedTo = request.StaffId,
            CreatedAt = now,
            QueueAt = now,
            UnreadByApplicant = true,
        };
        db.Conversations.Add(conversation);
        var message = Sending.Add(db, attachments, conversation, request.StaffId, fromStaff: true, body, files, now);
        Telling.Applicant(db, conversation, now);
        db.AddAuditEntry(now, request.StaffId, request.ApplicantId, MessagingAuditActions.StartedByOfficer, after: new { ConversationId = conversation.Id, MessageId = message.Id, conversation.Reference });
        return await OnceForm.SaveAsync(db, request.StaffId, key, new MessageSent(conversation.Id, message.Id), now, cancellationToken);
    }
}
