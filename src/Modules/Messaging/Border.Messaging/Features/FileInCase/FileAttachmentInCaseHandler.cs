using Border.Cases.Contracts;
using Border.Messaging.Contracts;
using Border.Messaging.Data;
using Border.Messaging.Rules;
using Border.Shared.Audit;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Messaging.Features.FileInCase;

/// <summary>
/// Hands the applicant's file to Cases, which answers the case's request with it; Cases checks the case is this
/// applicant's and keeps the file once. Only a filing that happened is audited here (Cases audits the answer too).
/// </summary>
internal sealed class FileAttachmentInCaseHandler(MessagingDbContext db, Attachments attachments, IMediator sender, TimeProvider clock)
    : IRequestHandler<FileAttachmentInCase, AttachmentFiling>
{
    public async Task<AttachmentFiling> Handle(FileAttachmentInCase request, CancellationToken cancellationToken)
    {
        var applicant = await db.Attachments
            .Where(a => a.Id == request.AttachmentId && a.ConversationId == request.ConversationId)
            .Join(db.Messages.Where(m => !m.FromStaff), a => a.MessageId, m => m.Id, (a, m) => a.ConversationId)
            .Join(db.Conversations, id => id, c => c.Id, (id, c) => (Guid?)c.ApplicantId)
            .SingleOrDefaultAsync(cancellationToken);
        var file = applicant is null ? null : await attachments.ReadAsync(request.ConversationId, request.AttachmentId, cancellationToken);
        if (applicant is not { } applicantId || file is null)
        {
            return AttachmentFiling.NotFound;
        }

        var filing = await sender.Send(
            new FileDocumentFromMessage(request.StaffId, applicantId, request.CaseId, request.AttachmentId, file.ContentType, file.Content), cancellationToken);
        if (filing == DocumentFiling.Filed)
        {
            db.AddAuditEntry(
                clock.GetUtcNow(),
                request.StaffId,
                applicantId,
                MessagingAuditActions.AttachmentFiled,
                after: new { request.ConversationId, request.AttachmentId, request.CaseId });
            await db.SaveChangesAsync(cancellationToken);
        }

        return filing switch
        {
            DocumentFiling.Filed => AttachmentFiling.Filed,
            DocumentFiling.AlreadyFiled => AttachmentFiling.AlreadyFiled,
            DocumentFiling.NoOpenRequest => AttachmentFiling.NoOpenRequest,
            _ => AttachmentFiling.NotFound,
        };
    }
}
