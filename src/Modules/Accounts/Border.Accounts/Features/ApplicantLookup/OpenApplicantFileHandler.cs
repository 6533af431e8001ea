using Border.Accounts.Contracts.Profile;
using Border.Accounts.Data;
using Border.Shared.Audit;
using MediatR;

namespace Border.Accounts.Features.ApplicantLookup;

internal sealed class OpenApplicantFileHandler(AccountsDbContext db, IMediator mediator, TimeProvider clock) : IRequestHandler<OpenApplicantFile, OpenedFile?>
{
    public async Task<OpenedFile?> Handle(OpenApplicantFile request, CancellationToken cancellationToken)
    {
        var file = await mediator.Send(new OpenOwnFile(request.ApplicantId, request.FileId, request.Variant), cancellationToken);
        if (file is null)
        {
            return null;
        }

        db.AddAuditEntry(clock.GetUtcNow(), request.StaffId, request.ApplicantId, AuditActions.ApplicantFileViewed,
            after: new { fileId = request.FileId, variant = request.Variant.ToString() });
        await db.SaveChangesAsync(cancellationToken);
        return file;
    }
}
