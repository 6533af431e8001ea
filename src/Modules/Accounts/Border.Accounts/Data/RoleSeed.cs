using Border.Accounts.Contracts;
using Microsoft.AspNetCore.Identity;

namespace Border.Accounts.Data;

/// <summary>The four roles are reference data: created by the first migration, with fixed ids.</summary>
internal static class RoleSeed
{
    public static readonly Guid ApplicantRoleId = Guid.Parse("0199a000-0000-7000-8000-000000000001");

    public static readonly IdentityRole<Guid>[] All =
    [
        Role(Roles.Applicant, ApplicantRoleId.ToString()),
        Role(Roles.Officer, "0199a000-0000-7000-8000-000000000002"),
        Role(Roles.Supervisor, "0199a000-0000-7000-8000-000000000003"),
        Role(Roles.Admin, "0199a000-0000-7000-8000-000000000004"),
    ];

    public static Guid IdOf(string role) => All.Single(r => r.Name == role).Id;

    /// <summary>Role names for these role ids, in the order of <see cref="Roles.All"/>.</summary>
    public static IReadOnlyList<string> NamesOf(IEnumerable<Guid> roleIds)
    {
        var ids = roleIds.ToHashSet();
        return [.. All.Where(r => ids.Contains(r.Id)).Select(r => r.Name!)];
    }

    private static IdentityRole<Guid> Role(string name, string id) => new()
    {
        Id = Guid.Parse(id),
        Name = name,
        NormalizedName = name.ToUpperInvariant(),
        ConcurrencyStamp = id,
    };
}
