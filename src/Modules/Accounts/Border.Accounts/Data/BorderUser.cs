using Microsoft.AspNetCore.Identity;

namespace Border.Accounts.Data;

internal sealed class BorderUser : IdentityUser<Guid>
{
    public string PreferredCulture { get; set; } = "en";

    public DateTimeOffset RegisteredAt { get; set; }
}
