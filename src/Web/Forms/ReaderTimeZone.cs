using System.Security.Claims;
using Border.Accounts.Contracts;
using Border.Accounts.Contracts.Places;
using Border.Shared.Settings;
using MediatR;

namespace Border.Web.Forms;

/// <summary>
/// The zone for times that are not about a port or an appointment: an applicant's is the zone of the Mexican state
/// their profile says they are in; a staff member's is their home port's (carried in the sign-in cookie), or Border's
/// own zone, the request window's, when an admin has not set one. The public pages (policy updates) read Border's own
/// zone too, as their dates are the day they were published there.
/// </summary>
public static class ReaderTimeZone
{
    private static string? borderZone;

    /// <summary>
    /// Border's own zone, <see cref="SettingKeys.WindowTimeZone"/> (Scheduling's request window owns its default).
    /// Held here, not injected, because views read it statically; it is configuration, never changed on a page, so the
    /// value read at start stays true.
    /// </summary>
    public static string Staff => borderZone ?? throw new InvalidOperationException("Border's zone is read at start (UseBorder); nothing read it yet.");

    public static void UseBorderZone(SettingValues settings) => borderZone = settings[SettingKeys.WindowTimeZone];

    public static async Task<string> OfAsync(IMediator mediator, ClaimsPrincipal user) =>
        user.IsInRole(Roles.Applicant)
            ? await mediator.Send(new GetApplicantZone(user.Id()))
            : OfStaff(user);

    /// <summary>A staff member's zone, from the cookie alone: their home port's, else Border's own.</summary>
    public static string OfStaff(ClaimsPrincipal user) => HomePort.Of(user)?.TimeZone ?? Staff;
}
