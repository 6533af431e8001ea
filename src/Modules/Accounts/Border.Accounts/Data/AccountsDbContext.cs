using Border.Shared.Outbox;
using Border.Shared.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Border.Accounts.Data;

internal sealed class AccountsDbContext(DbContextOptions<AccountsDbContext> options)
    : IdentityDbContext<BorderUser, IdentityRole<Guid>, Guid>(options)
{
    public const string Schema = "accounts";

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasDefaultSchema(Schema);
        builder.Entity<BorderUser>(user =>
        {
            user.ToTable("users");
            user.Property(u => u.PreferredCulture).HasMaxLength(10);
        });
        builder.Entity<IdentityRole<Guid>>(role =>
        {
            role.ToTable("roles");
            role.HasData(RoleSeed.All);
        });
        builder.Entity<IdentityUserRole<Guid>>(userRole =>
        {
            userRole.ToTable("user_roles");
            // Walking every applicant in id order (notification fan-out) reads this index alone.
            userRole.HasIndex(r => new { r.RoleId, r.UserId });
        });
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("user_claims");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("user_logins");
        builder.Entity<IdentityUserToken<Guid>>().ToTable("user_tokens");
        builder.Entity<IdentityRoleClaim<Guid>>().ToTable("role_claims");
        builder.MapOutboxAndInbox();
        builder.UseSnakeCaseNames();
    }
}
