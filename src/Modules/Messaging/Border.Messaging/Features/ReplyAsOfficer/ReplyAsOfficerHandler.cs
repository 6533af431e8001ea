using Border.Messaging.Contracts;
using Border.Messaging.Data;
using Border.Messaging.Rules;
using Border.Shared.Audit;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Messaging.Features.ReplyAsOfficer;

/// <summary>
/// An officer answers: an unassigned conversation becomes theirs, it then waits on the applicant, who is told
/// through the outbox (a link, never the text).
/// </summary>
internal sealed class ReplyAsOfficerHandler(MessagingDbContext db, Attachments attachments, TimeProvider clock)
    : IRequestHandler<Contracts.ReplyAsOfficer, MessageSent?>
{
    public async Task<MessageSent?> Handle(Contracts.ReplyAsOfficer request, CancellationToken cancellationToken)
    {
        var conversation = await db.Conversations.SingleOrDefaultAsync(c => c.Id == request.ConversationId, cancellationToken);
        if (conversation is null)
        {
            return null;
        }

        var key = request.FormKey == Guid.Empty ? Guid.NewGuid() : request.FormKey;
        if (await OnceForm.EarlierAsync(db, request.StaffId, key, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        var files = await attachments.CheckAsync(request.Files, cancellationToken);
        var body = MessageText.Checked(request.Body, files.Count > 0);
        var now = clock.GetUtcNow();
        conversation.AssignedTo ??= request.StaffId;
        conversation.State = ConversationState.WaitingOnApplicant;
        conversation.ClosedAt = null;
        conversation.QueueAt = now;
        conversation.UnreadByApplicant = true;
        var message = Sending.Add(db, attachments, conversation, request.StaffId, fromStaff: true, body, files, now);
        Telling.Applicant(db, conversation, now);
        db.AddAuditEntry(now, request.StaffId, conversation.ApplicantId, MessagingAuditActions.Replied, after: new { ConversationId = conversation.Id, MessageId = message.Id });
        return await OnceForm.SaveAsync(db, request.StaffId, key, new MessageSent(conversation.Id, message.Id), now, cancellationToken);
    }
}
