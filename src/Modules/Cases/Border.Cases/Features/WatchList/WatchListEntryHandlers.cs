using Border.Cases.Contracts;
using Border.Cases.Data;
using Border.Cases.Rules;
using Border.Shared.Audit;
using Border.Shared.Validation;
using MediatR;

namespace Border.Cases.Features.WatchList;

/// <summary>A supervisor adds a name to the watch list; audited with what was added.</summary>
internal sealed class AddWatchListEntryHandler(CasesDbContext db, TimeProvider clock) : IRequestHandler<AddWatchListEntry, Guid>
{
    public const string AddedAction = CaseAuditActions.WatchListAdded;

    public async Task<Guid> Handle(AddWatchListEntry request, CancellationToken cancellationToken)
    {
        var name = request.FullName?.Trim() ?? "";
        if (name.Length is 0 or > AddWatchListEntry.NameMaxLength)
        {
            throw Refusal.Of(new ValidationFailure(nameof(request.FullName), "Enter the full name, at most {0} characters.", AddWatchListEntry.NameMaxLength));
        }

        var reason = request.Reason?.Trim() ?? "";
        if (reason.Length is 0 or > AddWatchListEntry.ReasonMaxLength)
        {
            throw Refusal.Of(new ValidationFailure(nameof(request.Reason), "Say why the person is on the list, at most {0} characters.", AddWatchListEntry.ReasonMaxLength));
        }

        var now = clock.GetUtcNow();
        var entry = new WatchListEntry { Id = Guid.CreateVersion7(now), FullName = name, BirthDate = request.BirthDate, Reason = reason, AddedBy = request.SupervisorId, AddedAt = now };
        db.WatchList.Add(entry);
        db.AddAuditEntry(now, request.SupervisorId, null, AddedAction, after: new { entry.Id, entry.FullName, entry.BirthDate, entry.Reason });
        await db.SaveChangesAsync(cancellationToken);
        return entry.Id;
    }
}

internal sealed class RemoveWatchListEntryHandler(CasesDbContext db, TimeProvider clock) : IRequestHandler<RemoveWatchListEntry, bool>
{
    public const string RemovedAction = CaseAuditActions.WatchListRemoved;

    public async Task<bool> Handle(RemoveWatchListEntry request, CancellationToken cancellationToken)
    {
        if (await db.WatchList.FindAsync([request.EntryId], cancellationToken) is not { } entry)
        {
            return false;
        }

        db.WatchList.Remove(entry);
        db.AddAuditEntry(clock.GetUtcNow(), request.SupervisorId, null, RemovedAction, before: new { entry.Id, entry.FullName, entry.BirthDate, entry.Reason });
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
