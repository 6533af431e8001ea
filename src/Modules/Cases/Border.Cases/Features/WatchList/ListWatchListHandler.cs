using Border.Cases.Contracts;
using Border.Cases.Data;
using Border.Shared.Audit;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Cases.Features.WatchList;

/// <summary>
/// The watch list by name, 50 a page. A search is compared with the stored name key (lower-cased, no accents) by LIKE,
/// which the trigram index answers; the words typed are escaped so % and _ are plain characters. Every read is audited.
/// </summary>
internal sealed class ListWatchListHandler(CasesDbContext db, TimeProvider clock) : IRequestHandler<ListWatchList, WatchListPage>
{
    public const string ViewedAction = CaseAuditActions.WatchListViewed;

    public async Task<WatchListPage> Handle(ListWatchList request, CancellationToken cancellationToken)
    {
        var search = request.Search?.Trim() ?? "";
        if (search.Length > ListWatchList.SearchMaxLength)
        {
            search = search[..ListWatchList.SearchMaxLength];
        }

        var names = search.Length == 0
            ? db.WatchList.AsNoTracking()
            : db.WatchList.FromSql($"""
                SELECT * FROM cases.watch_list
                WHERE name_key LIKE '%' || replace(replace(replace(cases.name_key({search}), '\', '\\'), '%', '\%'), '_', '\_') || '%'
                """).AsNoTracking();
        var total = await names.CountAsync(cancellationToken);
        var pages = Math.Max(1, (total + ListWatchList.PageSize - 1) / ListWatchList.PageSize);
        var page = Math.Clamp(request.Page, 1, pages);
        var items = await names
            .OrderBy(w => w.NameKey).ThenBy(w => w.Id)
            .Skip((page - 1) * ListWatchList.PageSize).Take(ListWatchList.PageSize)
            .Select(w => new WatchListItem(w.Id, w.FullName, w.BirthDate, w.Reason, w.AddedAt))
            .ToListAsync(cancellationToken);

        db.AddAuditEntry(clock.GetUtcNow(), request.SupervisorId, null, ViewedAction, after: new { Search = search, Page = page, Shown = items.Count });
        await db.SaveChangesAsync(cancellationToken);
        return new WatchListPage(items, page, pages, total);
    }
}
