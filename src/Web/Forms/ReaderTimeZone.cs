using System.Security.Claims;
using Border.Accounts.Contracts;
using Border.Accounts.Contracts.Places;
using MediatR;

namespace Border.Web.Forms;

/// <summary>
/// The zone for times that are not about a port or an appointment: an applicant's is the zone of the Mexican state
/// their profile says they are in; a staff member's is their home port's (carried in the sign-in cookie), or US
/// Eastern, the request window's zone, when an admin has not set one. The public pages (policy updates) read US
/// Eastern too, as their dates are the day they were published there.
/// </summary>
public static class ReaderTimeZone
{
    public const string Staff = "America/New_York";

    public static async Task<string> OfAsync(IMediator mediator, ClaimsPrincipal user) =>
        user.IsInRole(Roles.Applicant)
            ? await mediator.Send(new GetApplicantZone(user.Id()))
            : OfStaff(user);

    /// <summary>A staff member's zone, from the cookie alone: their home port's, else US Eastern.</summary>
    public static string OfStaff(ClaimsPrincipal user) => HomePort.Of(user)?.TimeZone ?? Staff;
}
