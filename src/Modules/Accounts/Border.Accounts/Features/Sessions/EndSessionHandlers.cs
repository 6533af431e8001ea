using Border.Accounts.Contracts;
using Border.Accounts.Identity;
using MediatR;

namespace Border.Accounts.Features.Sessions;

internal sealed class EndSessionHandler(SessionStore sessions) : IRequestHandler<EndSession, Unit>
{
    public async Task<Unit> Handle(EndSession request, CancellationToken cancellationToken)
    {
        await sessions.EndAsync(request.UserId, request.SessionId);
        return Unit.Value;
    }
}

internal sealed class EndOtherSessionsHandler(SessionStore sessions) : IRequestHandler<EndOtherSessions, Unit>
{
    public async Task<Unit> Handle(EndOtherSessions request, CancellationToken cancellationToken)
    {
        await sessions.EndAllAsync(request.UserId, except: request.CurrentSessionId);
        return Unit.Value;
    }
}
