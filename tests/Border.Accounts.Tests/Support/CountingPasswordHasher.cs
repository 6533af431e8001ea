using Border.Accounts.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Border.Accounts.Tests.Support;

/// <summary>Identity's real password hasher, counting how often it hashes (to hash a new password or check one).</summary>
internal sealed class CountingPasswordHasher(IOptions<PasswordHasherOptions> options) : IPasswordHasher<BorderUser>
{
    private readonly PasswordHasher<BorderUser> hasher = new(options);

    public static int Count => count;

    private static int count;

    public static void Reset() => Interlocked.Exchange(ref count, 0);

    /// <summary>Registered after Identity's own, so every UserManager and handler gets this one.</summary>
    public static void Register(IServiceCollection services) =>
        services.AddScoped<IPasswordHasher<BorderUser>, CountingPasswordHasher>();

    public string HashPassword(BorderUser user, string password)
    {
        Interlocked.Increment(ref count);
        return hasher.HashPassword(user, password);
    }

    public PasswordVerificationResult VerifyHashedPassword(BorderUser user, string hashedPassword, string providedPassword)
    {
        Interlocked.Increment(ref count);
        return hasher.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}
