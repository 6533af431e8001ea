using Border.Accounts.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Border.Testing;

/// <summary>Reaches into Accounts the way its own pages do, for tests in other modules.</summary>
public static class TestAccounts
{
    public static async Task<Guid> IdOfAsync(IServiceProvider services, string email)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<BorderUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No account for {email}.");
        return user.Id;
    }

    /// <summary>Deletes the account through Identity, as closing an account does.</summary>
    public static async Task CloseAsync(IServiceProvider services, Guid userId)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<BorderUser>>();
        var user = await users.FindByIdAsync(userId.ToString()) ?? throw new InvalidOperationException($"No account {userId}.");
        var result = await users.DeleteAsync(user);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }

    /// <summary>Leaves the account as closing leaves it (no address, a closing date), without needing its password.</summary>
    public static async Task MarkClosedAsync(IServiceProvider services, Guid userId)
    {
        await using var scope = services.CreateAsyncScope();
        var placeholder = $"closed-{userId:N}";
        await scope.ServiceProvider.GetRequiredService<AccountsDbContext>().Users
            .Where(u => u.Id == userId)
            .ExecuteUpdateAsync(u => u
                .SetProperty(x => x.UserName, placeholder)
                .SetProperty(x => x.NormalizedUserName, placeholder.ToUpperInvariant())
                .SetProperty(x => x.Email, (string?)null)
                .SetProperty(x => x.NormalizedEmail, (string?)null)
                .SetProperty(x => x.ClosedAt, DateTimeOffset.UnixEpoch));
    }

    /// <summary>
    /// Applicant accounts with the same password as an existing one, its hash copied: hashing hundreds of
    /// passwords would only slow a test that needs many people.
    /// </summary>
    public static async Task CreateSharingPasswordAsync(IServiceProvider services, string passwordOf, IEnumerable<string> emails)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<BorderUser>>();
        var hash = (await users.FindByEmailAsync(passwordOf) ?? throw new InvalidOperationException($"No account for {passwordOf}.")).PasswordHash;
        foreach (var email in emails)
        {
            var user = new BorderUser { Id = Guid.CreateVersion7(), UserName = email, Email = email, PasswordHash = hash, RegisteredAt = DateTimeOffset.UnixEpoch };
            Check(await users.CreateAsync(user));
            Check(await users.AddToRoleAsync(user, Accounts.Contracts.Roles.Applicant));
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
