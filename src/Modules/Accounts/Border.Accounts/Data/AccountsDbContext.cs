using Border.Shared.Audit;
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

    public DbSet<ApplicantProfile> Profiles => Set<ApplicantProfile>();

    public DbSet<GroupMember> GroupMembers => Set<GroupMember>();

    public DbSet<IdentityDocument> IdentityDocuments => Set<IdentityDocument>();

    public DbSet<StoredFile> StoredFiles => Set<StoredFile>();

    public DbSet<UserSession> Sessions => Set<UserSession>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasDefaultSchema(Schema);
        builder.Entity<BorderUser>(user =>
        {
            user.ToTable("users");
            user.Property(u => u.PreferredCulture).HasMaxLength(10);
            user.Property(u => u.HomePort).HasMaxLength(20);
            user.Property(u => u.HomePortTimeZone).HasMaxLength(64);
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
        builder.Entity<ApplicantProfile>(profile =>
        {
            profile.ToTable("applicant_profiles");
            profile.HasKey(p => p.UserId);
            profile.Property(p => p.FullName).HasMaxLength(200);
            profile.Property(p => p.OtherNames).HasMaxLength(200);
            profile.Property(p => p.Sex).HasMaxLength(20);
            profile.Property(p => p.CountryOfBirth).HasMaxLength(2);
            profile.Property(p => p.Nationality).HasMaxLength(2);
            profile.Property(p => p.Phone).HasMaxLength(30);
            profile.Property(p => p.CurrentCity).HasMaxLength(100);
            profile.Property(p => p.CurrentState).HasMaxLength(3);
            profile.Property(p => p.DestinationStreet).HasMaxLength(200);
            profile.Property(p => p.DestinationUnit).HasMaxLength(100);
            profile.Property(p => p.DestinationCity).HasMaxLength(100);
            profile.Property(p => p.DestinationState).HasMaxLength(2);
            profile.Property(p => p.DestinationZip).HasMaxLength(10);
            profile.Property(p => p.Version).IsRowVersion().HasColumnName("xmin");
        });
        builder.Entity<UserSession>(session =>
        {
            session.ToTable("sessions");
            session.HasKey(s => s.Id);
            session.HasIndex(s => s.UserId);
            session.Property(s => s.UserAgent).HasMaxLength(UserSession.UserAgentLength);
        });
        builder.Entity<GroupMember>(member =>
        {
            member.ToTable("group_members");
            member.HasKey(m => m.Id);
            member.HasIndex(m => m.OwnerId);
            member.Property(m => m.FullName).HasMaxLength(200);
            member.Property(m => m.Nationality).HasMaxLength(2);
            member.Property(m => m.Relationship).HasMaxLength(20);
            member.Property(m => m.Version).IsRowVersion().HasColumnName("xmin");
        });
        builder.Entity<IdentityDocument>(document =>
        {
            document.ToTable("identity_documents");
            document.HasKey(d => d.Id);
            document.HasIndex(d => new { d.OwnerId, d.TravellerId }).IsUnique();
            document.Property(d => d.Type).HasMaxLength(30);
            document.Property(d => d.Number).HasMaxLength(40);
            document.Property(d => d.IssuingCountry).HasMaxLength(2);
            document.Property(d => d.Version).IsRowVersion().HasColumnName("xmin");
        });
        builder.Entity<StoredFile>(file =>
        {
            file.ToTable("stored_files");
            file.HasKey(f => f.Id);
            file.HasIndex(f => f.OwnerId);
            file.Property(f => f.Purpose).HasMaxLength(20);
            file.Property(f => f.ContentType).HasMaxLength(50);
        });
        builder.MapOutboxAndInbox();
        builder.MapAuditLog();
        builder.UseSnakeCaseNames();
    }
}
