using Border.Accounts.Data;
using Microsoft.AspNetCore.Identity;

namespace Border.Accounts.Identity;

/// <summary>
/// Hashing is nearly all the time a sign-in or a registration takes. A request for an address without an account
/// hashes once too, so the time taken does not tell a stranger whether the address has an account.
/// </summary>
internal static class EqualWork
{
    private static readonly BorderUser Nobody = new() { Id = Guid.Empty, UserName = "nobody" };

    // Made by a hasher of its own with the same defaults, once per process, so it costs nothing per request.
    private static readonly Lazy<string> NobodysHash = new(() => new PasswordHasher<BorderUser>().HashPassword(Nobody, Guid.NewGuid().ToString()));

    public static void VerifyForNobody(IPasswordHasher<BorderUser> hasher, string password) =>
        hasher.VerifyHashedPassword(Nobody, NobodysHash.Value, password);
}
