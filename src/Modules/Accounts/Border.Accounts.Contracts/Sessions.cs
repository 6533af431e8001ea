using MediatR;

namespace Border.Accounts.Contracts;

/// <summary>The person's signed-in sessions, newest first; <paramref name="CurrentSessionId"/> is the one asking.</summary>
public sealed record ListSessions(Guid UserId, Guid? CurrentSessionId) : IRequest<IReadOnlyList<SessionView>>;

public sealed record SessionView(Guid Id, string UserAgent, DateTimeOffset CreatedAt, DateTimeOffset LastSeenAt, bool IsCurrent);

/// <summary>Ends one of the person's own sessions; another person's id does nothing.</summary>
public sealed record EndSession(Guid UserId, Guid SessionId) : IRequest<Unit>;

/// <summary>"Sign out everywhere else": every session of the person but the one asking.</summary>
public sealed record EndOtherSessions(Guid UserId, Guid? CurrentSessionId) : IRequest<Unit>;
