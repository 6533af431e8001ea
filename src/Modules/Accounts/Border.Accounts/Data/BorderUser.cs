using Microsoft.AspNetCore.Identity;

namespace Border.Accounts.Data;

internal sealed class BorderUser : IdentityUser<Guid>
{
    public string PreferredCulture { get; set; } = "en";

    public DateTimeOffset RegisteredAt { get; set; }

    /// <summary>Set when the person closed the account; the row then keeps no personal data.</summary>
    public DateTimeOffset? ClosedAt { get; set; }
}
