using Border.Cases.Contracts;
using Border.Cases.Data;
using Border.Cases.Rules;
using Border.Notifications.Contracts;
using Border.Shared.Validation;
using MediatR;
using Microsoft.Extensions.Options;

namespace Border.Cases.Features.RequestDocuments;

/// <summary>
/// The claiming officer asks for documents, due in 30 days by default. The claim stays theirs, so the answer comes
/// back to them.
/// </summary>
internal sealed class RequestDocumentsHandler(CasesDbContext db, TimeProvider clock, IOptionsMonitor<CasesOptions> options)
    : IRequestHandler<Contracts.RequestDocuments, bool>
{
    public async Task<bool> Handle(Contracts.RequestDocuments request, CancellationToken cancellationToken)
    {
        var @case = await StaffCase.FindAsync(db, request.CaseId, request.Version, cancellationToken);
        if (@case is null)
        {
            return false;
        }

        StaffCase.RefuseUnlessClaimedBy(@case, request.StaffId);
        var what = request.What?.Trim() ?? "";
        if (what.Length == 0)
        {
            throw Refusal.Of(new ValidationFailure(nameof(request.What), "Say which documents the applicant must send."));
        }

        if (what.Length > Contracts.RequestDocuments.WhatMaxLength)
        {
            throw Refusal.Of(new ValidationFailure(nameof(request.What), "The request must be at most {0} characters.", Contracts.RequestDocuments.WhatMaxLength));
        }

        var now = clock.GetUtcNow();
        var due = ApplicantZones.EndOfDayAfter(now, options.CurrentValue.DocumentRequestDays, @case.TimeZone);
        db.DocumentRequests.Add(new DocumentRequest { Id = Guid.CreateVersion7(now), CaseId = @case.Id, RequestedBy = request.StaffId, RequestedAt = now, What = what, DueAt = due });
        @case.State = CaseState.DocumentsRequested;
        @case.UpdatedAt = now;
        CaseHistory.Record(db, @case, CaseEventKind.DocumentsRequested, request.StaffId, now, what);
        var dueDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(due, TimeZoneInfo.FindSystemTimeZoneById(@case.TimeZone)).DateTime);
        CaseHistory.Tell(db, @case, NotificationKinds.DocumentsRequested, now, ("dueDay", NotificationArgument.Date(dueDay)));
        await StaffCase.SaveAsync(db, cancellationToken);
        return true;
    }
}
