using Border.Accounts.Contracts;
using Border.Accounts.Data;
using Border.Shared.Audit;
using MediatR;

namespace Border.Accounts.Features.AuditLogExport;

/// <summary>The admin's own log keeps the export: Accounts holds the people the audit log names.</summary>
internal sealed class RecordAuditLogExportHandler(AccountsDbContext db, TimeProvider clock) : IRequestHandler<RecordAuditLogExport, Unit>
{
    public async Task<Unit> Handle(RecordAuditLogExport request, CancellationToken cancellationToken)
    {
        db.AddAuditEntry(clock.GetUtcNow(), request.AdminId, null, AccountAuditActions.AuditLogExported, after: new
        {
            actor = request.ActorEmail,
            subject = request.SubjectEmail,
            action = request.Action,
            from = request.From,
            to = request.To,
        });
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
