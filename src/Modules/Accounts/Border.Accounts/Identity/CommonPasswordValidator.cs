using Microsoft.AspNetCore.Identity;

namespace Border.Accounts.Identity;

/// <summary>
/// ASVS 2.1.7: refuse passwords found in lists of common and breached passwords, and the trivial
/// shapes such lists are made of (one character repeated, a keyboard or number run, the email itself).
/// </summary>
internal sealed class CommonPasswordValidator<TUser> : IPasswordValidator<TUser>
    where TUser : IdentityUser<Guid>
{
    private static readonly Lazy<HashSet<string>> Common = new(Load);

    private static readonly string[] Runs =
    [
        "01234567890123456789", "98765432109876543210", "abcdefghijklmnopqrstuvwxyz",
        "qwertyuiopasdfghjklzxcvbnm", "1q2w3e4r5t6y7u8i9o0p", "qazwsxedcrfvtgbyhnujmikolp",
    ];

    /// <summary>The site's own name: the first word anyone guessing passwords for this site tries.</summary>
    public const string SiteName = "border";

    public Task<IdentityResult> ValidateAsync(UserManager<TUser> manager, TUser user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }

        var normalized = password.Trim().ToLowerInvariant();
        var describer = manager.ErrorDescriber as LocalizedIdentityErrorDescriber;
        if (normalized == Contracts.SeedDemoAccounts.Password)
        {
            return Rejected("DemoPassword", describer?.DemoPassword() ?? "This is the published password of the demo accounts. Choose one of your own.");
        }

        if (IsSiteName(normalized))
        {
            return Rejected("SiteNamePassword", describer?.SiteNamePassword() ?? "A password made of this site's name is easy to guess. Choose one that is harder to guess.");
        }

        var localPart = user.Email?.Split('@')[0].ToLowerInvariant();
        var weak = Common.Value.Contains(normalized)
            || normalized.Distinct().Count() <= 2
            || Runs.Any(run => run.Contains(normalized, StringComparison.Ordinal))
            || (localPart is { Length: >= 4 } && normalized.Contains(localPart, StringComparison.Ordinal))
            || normalized == user.Email?.ToLowerInvariant();
        return Task.FromResult(weak
            ? IdentityResult.Failed(new IdentityError
            {
                Code = "CommonPassword",
                Description = manager.ErrorDescriber is LocalizedIdentityErrorDescriber localized
                    ? localized.CommonPassword()
                    : "This password is too common. Choose one that is harder to guess.",
            })
            : IdentityResult.Success);
    }

    // The name with a few digits or signs around it ("Border2026!", "border-border") is what guessers try first.
    private static bool IsSiteName(string normalized) =>
        normalized.Contains(SiteName, StringComparison.Ordinal)
        && normalized.Replace(SiteName, string.Empty, StringComparison.Ordinal).Count(char.IsLetter) < 4;

    private static Task<IdentityResult> Rejected(string code, string description) =>
        Task.FromResult(IdentityResult.Failed(new IdentityError { Code = code, Description = description }));

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator<>).Assembly
            .GetManifestResourceStream("Border.Accounts.Identity.common-passwords.txt")
            ?? throw new InvalidOperationException("The common password list is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                set.Add(line.Trim().ToLowerInvariant());
            }
        }

        return set;
    }
}
