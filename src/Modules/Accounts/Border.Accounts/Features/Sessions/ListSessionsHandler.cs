using Border.Accounts.Contracts;
using Border.Accounts.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Accounts.Features.Sessions;

internal sealed class ListSessionsHandler(AccountsDbContext db) : IRequestHandler<ListSessions, IReadOnlyList<SessionView>>
{
    public async Task<IReadOnlyList<SessionView>> Handle(ListSessions request, CancellationToken cancellationToken) =>
        await db.Sessions.AsNoTracking()
            .Where(s => s.UserId == request.UserId)
            .OrderByDescending(s => s.LastSeenAt)
            .Select(s => new SessionView(s.Id, s.UserAgent, s.CreatedAt, s.LastSeenAt, s.Id == request.CurrentSessionId))
            .ToListAsync(cancellationToken);
}
