using Border.Messaging.Contracts;
using Border.Messaging.Data;
using Border.Messaging.Rules;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Border.Messaging.Features.ReplyAsApplicant;

/// <summary>
/// The applicant writes in their own conversation: it waits for an officer again, the one it is assigned to if
/// any. A closed conversation reopens within the reopen window; later the message starts a new conversation on the
/// same subject, so an old thread never comes back to life in an officer's queue months on.
/// </summary>
internal sealed class ReplyAsApplicantHandler(MessagingDbContext db, Attachments attachments, TimeProvider clock, IOptionsMonitor<MessagingOptions> options)
    : IRequestHandler<Contracts.ReplyAsApplicant, MessageSent?>
{
    public async Task<MessageSent?> Handle(Contracts.ReplyAsApplicant request, CancellationToken cancellationToken)
    {
        var conversation = await db.Conversations.SingleOrDefaultAsync(c => c.Id == request.ConversationId && c.ApplicantId == request.UserId, cancellationToken);
        if (conversation is null)
        {
            return null;
        }

        var key = request.FormKey == Guid.Empty ? Guid.NewGuid() : request.FormKey;
        if (await OnceForm.EarlierAsync(db, request.UserId, key, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        var files = await attachments.CheckAsync(request.Files, cancellationToken);
        var body = MessageText.Checked(request.Body, files.Count > 0);
        var now = clock.GetUtcNow();
        var settings = options.CurrentValue;
        var tooOld = conversation.State == ConversationState.Closed && conversation.ClosedAt < now.AddDays(-settings.ReopenDays);
        await DailyLimits.RefuseOverAsync(db, settings, request.UserId, newConversation: tooOld, now, cancellationToken);

        var target = tooOld ? Successor(conversation, now) : conversation;
        if (!tooOld)
        {
            WaitForOfficer(conversation, now);
        }

        var message = Sending.Add(db, attachments, target, request.UserId, fromStaff: false, body, files, now);
        return await OnceForm.SaveAsync(db, request.UserId, key, new MessageSent(target.Id, message.Id), now, cancellationToken);
    }

    private static void WaitForOfficer(Conversation conversation, DateTimeOffset now)
    {
        if (conversation.State is ConversationState.Unassigned or ConversationState.Assigned)
        {
            return;
        }

        conversation.State = conversation.AssignedTo is null ? ConversationState.Unassigned : ConversationState.Assigned;
        conversation.ClosedAt = null;
        conversation.QueueAt = now;
    }

    private Conversation Successor(Conversation closed, DateTimeOffset now)
    {
        var next = new Conversation
        {
            Id = Guid.CreateVersion7(now),
            ApplicantId = closed.ApplicantId,
            Topic = closed.Topic,
            CaseId = closed.CaseId,
            Reference = closed.Reference,
            PortCode = closed.PortCode,
            Subject = closed.Subject,
            State = ConversationState.Unassigned,
            CreatedAt = now,
            QueueAt = now,
        };
        db.Conversations.Add(next);
        return next;
    }
}
