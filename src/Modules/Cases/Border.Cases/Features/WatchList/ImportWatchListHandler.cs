using Border.Cases.Contracts;
using Border.Cases.Data;
using Border.Shared.Audit;
using Border.Shared.Validation;
using MediatR;

namespace Border.Cases.Features.WatchList;

/// <summary>Adds every name of a checked CSV file in one save with one audit entry listing them: all or nothing.</summary>
internal sealed class ImportWatchListHandler(CasesDbContext db, TimeProvider clock) : IRequestHandler<ImportWatchList, int>
{
    public const string ImportedAction = CaseAuditActions.WatchListImported;

    public async Task<int> Handle(ImportWatchList request, CancellationToken cancellationToken)
    {
        if (request.File is not { Length: > 0 } file)
        {
            throw Refused("Choose a CSV file to import.");
        }

        if (file.Length > ImportWatchList.MostBytes)
        {
            throw Refused("The file must be at most {0} MB.", ImportWatchList.MostBytes / 1_048_576);
        }

        using var buffer = new MemoryStream();
        await file.Content.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length > ImportWatchList.MostBytes)
        {
            throw Refused("The file must be at most {0} MB.", ImportWatchList.MostBytes / 1_048_576);
        }

        var now = clock.GetUtcNow();
        var (rows, faults) = WatchListCsv.Read(buffer.ToArray(), DateOnly.FromDateTime(now.UtcDateTime));
        if (faults.Count > 0)
        {
            throw new RequestValidationException(faults);
        }

        var entries = rows.Select(row => new WatchListEntry
        {
            Id = Guid.CreateVersion7(now),
            FullName = row.FullName,
            BirthDate = row.BirthDate,
            Reason = row.Reason,
            AddedBy = request.SupervisorId,
            AddedAt = now,
        }).ToList();
        db.WatchList.AddRange(entries);
        db.AddAuditEntry(now, request.SupervisorId, null, ImportedAction, after: new
        {
            entries.Count,
            Entries = entries.Select(e => new { e.Id, e.FullName, e.BirthDate, e.Reason }),
        });
        await db.SaveChangesAsync(cancellationToken);
        return entries.Count;
    }

    private static RequestValidationException Refused(string message, params object[] arguments) =>
        new([new ValidationFailure(nameof(ImportWatchList.File), message, arguments)]);
}
