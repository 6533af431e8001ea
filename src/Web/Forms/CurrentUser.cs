using System.Security.Claims;

namespace Border.Web.Forms;

internal static class CurrentUser
{
    /// <summary>The signed-in person's id; every personal resource is loaded through it.</summary>
    public static Guid Id(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id)
            ? id
            : throw new InvalidOperationException("No signed-in person.");
}
