using Border.Cases.Contracts;
using Border.Cases.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Cases.Features.Queue;

/// <summary>
/// One page of the queue in urgency order. The position is repeated as "queue_at >= last" beside the exact keyset
/// condition so PostgreSQL starts its index range there: a page 10,000 deep reads 50 rows, not 10,050.
/// </summary>
internal sealed class ListCaseQueueHandler(CasesDbContext db) : IRequestHandler<ListCaseQueue, CaseQueuePage>
{
    public async Task<CaseQueuePage> Handle(ListCaseQueue request, CancellationToken cancellationToken)
    {
        var filter = request.Filter;
        var cases = db.Cases.AsNoTracking().Where(c => c.State == filter.State);
        if (filter.AnyPort)
        {
            cases = cases.Where(c => c.PortCode == null);
        }
        else if (filter.Port is { } port)
        {
            cases = cases.Where(c => c.PortCode == port);
        }

        if (filter.Kind is { } kind)
        {
            cases = cases.Where(c => c.Kind == kind);
        }

        if (filter.Checks is { } checks)
        {
            cases = cases.Where(c => c.Checks == checks);
        }

        if (filter.UnclaimedOnly)
        {
            cases = cases.Where(c => c.ClaimedBy == null);
        }

        if (request.After is { } after)
        {
            cases = cases.Where(c => c.QueueAt >= after.QueueAt && (c.QueueAt > after.QueueAt || c.Id > after.Id));
        }

        var rows = await cases
            .OrderBy(c => c.QueueAt).ThenBy(c => c.Id)
            .Take(ListCaseQueue.PageSize + 1)
            .Select(c => new QueuedCase(
                c.Id, c.Receipt!, c.Kind, c.State, c.PortCode, c.AppointmentAt, c.SubmittedAt!.Value, c.Checks, c.ClaimedBy, new QueuePosition(c.QueueAt, c.Id)))
            .ToListAsync(cancellationToken);
        var page = rows.Take(ListCaseQueue.PageSize).ToList();
        return new CaseQueuePage(page, rows.Count > ListCaseQueue.PageSize ? page[^1].Position : null);
    }
}
