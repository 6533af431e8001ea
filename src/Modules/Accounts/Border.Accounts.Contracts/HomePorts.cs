using System.Security.Claims;
using MediatR;

namespace Border.Accounts.Contracts;

/// <summary>
/// An admin sets the port a staff member works at (a Scheduling port code), or clears it with null. Staff accounts
/// only; audited. The person's pages follow within a minute, when their sign-in cookie is next refreshed.
/// </summary>
public sealed record SetHomePort(Guid ActorId, Guid UserId, string? PortCode) : IRequest<Unit>;

/// <summary>A staff member's home port, for work that has no sign-in cookie at hand; null when they have none.</summary>
public sealed record GetHomePort(Guid UserId) : IRequest<HomePort?>;

/// <param name="Code">Scheduling's port code.</param>
/// <param name="TimeZone">The port's IANA zone, where the staff member reads times.</param>
public sealed record HomePort(string Code, string TimeZone)
{
    /// <summary>The home port the sign-in cookie carries (no query); null for applicants and staff without one.</summary>
    public static HomePort? Of(ClaimsPrincipal user) =>
        user.FindFirst(AccountClaims.HomePort)?.Value is { Length: > 0 } code
        && user.FindFirst(AccountClaims.HomePortTimeZone)?.Value is { Length: > 0 } zone
            ? new HomePort(code, zone)
            : null;
}
