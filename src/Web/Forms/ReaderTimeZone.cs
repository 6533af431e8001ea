using System.Security.Claims;
using Border.Accounts.Contracts;
using Border.Accounts.Contracts.Places;
using MediatR;

namespace Border.Web.Forms;

/// <summary>
/// The zone for times that are not about a port or an appointment: an applicant's is the zone of the Mexican state
/// their profile says they are in. Staff read US Eastern, the request window's zone, until staff accounts carry a
/// home port; so do the public pages (policy updates), whose dates are the day they were published there.
/// </summary>
public static class ReaderTimeZone
{
    public const string Staff = "America/New_York";

    public static async Task<string> OfAsync(IMediator mediator, ClaimsPrincipal user) =>
        user.IsInRole(Roles.Applicant)
            ? await mediator.Send(new GetApplicantZone(user.Id()))
            : Staff;
}
