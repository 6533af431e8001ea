using Microsoft.AspNetCore.Identity;

namespace Border.Accounts.Data;

internal sealed class BorderUser : IdentityUser<Guid>
{
    public string PreferredCulture { get; set; } = "en";

    public DateTimeOffset RegisteredAt { get; set; }

    /// <summary>Set when the person closed the account; the row then keeps no personal data.</summary>
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>Set by an admin; a disabled account cannot sign in and its sessions end.</summary>
    public DateTimeOffset? DisabledAt { get; set; }

    /// <summary>When an admin invited this staff member; null for applicants, who register themselves.</summary>
    public DateTimeOffset? InvitedAt { get; set; }

    /// <summary>The port a staff member works at, set by an admin: their queues' default and the zone they read times in.</summary>
    public string? HomePort { get; set; }

    /// <summary>The home port's IANA zone, kept beside it so every page reads it from the sign-in cookie without a query.</summary>
    public string? HomePortTimeZone { get; set; }
}
