using Border.Cases.Contracts;
using Border.Messaging.Contracts;
using Border.Messaging.Data;
using Border.Messaging.Rules;
using Border.Scheduling.Contracts;
using MediatR;
using Border.Shared.Validation;
using Microsoft.Extensions.Options;

namespace Border.Messaging.Features.StartConversation;

/// <summary>
/// An applicant asks a question. A case conversation must name one of their own cases (asked of Cases); the port
/// comes from their appointment or request (asked of Scheduling) so officers can filter by it.
/// </summary>
internal sealed class StartConversationHandler(
    MessagingDbContext db, Attachments attachments, IMediator mediator, TimeProvider clock, IOptionsMonitor<MessagingOptions> options)
    : IRequestHandler<Contracts.StartConversation, MessageSent>
{
    public async Task<MessageSent> Handle(Contracts.StartConversation request, CancellationToken cancellationToken)
    {
        var key = request.FormKey == Guid.Empty ? Guid.NewGuid() : request.FormKey;
        if (await OnceForm.EarlierAsync(db, request.UserId, key, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        var subject = MessageText.Subject(request.Subject);
        var files = await attachments.CheckAsync(request.Files, cancellationToken);
        var body = MessageText.Checked(request.Body, files.Count > 0);
        var now = clock.GetUtcNow();
        await DailyLimits.RefuseOverAsync(db, options.CurrentValue, request.UserId, newConversation: true, now, cancellationToken);

        string? reference = null;
        if (request.Topic == ConversationTopic.Case)
        {
            var cases = await mediator.Send(new ListMyCases(request.UserId), cancellationToken);
            reference = cases.FirstOrDefault(c => c.Id == request.CaseId && c.Receipt is not null)?.Receipt
                ?? throw Refusal.Of(new ValidationFailure("CaseId", "Choose one of your cases."));
        }

        var standing = await mediator.Send(new GetMyStanding(request.UserId), cancellationToken);
        var conversation = new Conversation
        {
            Id = Guid.CreateVersion7(now),
            ApplicantId = request.UserId,
            Topic = request.Topic,
            CaseId = reference is null ? null : request.CaseId,
            Reference = reference,
            PortCode = standing.Appointment?.PortCode ?? standing.Request?.PortCode,
            Subject = subject,
            State = ConversationState.Unassigned,
            CreatedAt = now,
            QueueAt = now,
        };
        db.Conversations.Add(conversation);
        var message = Sending.Add(db, attachments, conversation, request.UserId, fromStaff: false, body, files, now);
        return await OnceForm.SaveAsync(db, request.UserId, key, new MessageSent(conversation.Id, message.Id), now, cancellationToken);
    }
}
