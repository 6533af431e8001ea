using Border.Shared.DataProtection;
using Border.Shared.Audit;
using Border.Shared.Persistence;
using Border.Shared.Settings;
using Microsoft.EntityFrameworkCore;

namespace Border.Shared.Platform;

/// <summary>
/// Plumbing shared by every node of a farm: the Data Protection key ring, the settings admins set (read by
/// every node as configuration), and the audit log of admins' changes to the settings and their actions on the
/// jobs dashboard (which belong to no module).
/// </summary>
internal sealed class PlatformDbContext(DbContextOptions<PlatformDbContext> options) : DbContext(options)
{
    public const string Schema = "platform";

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.Entity<DataProtectionKey>(key =>
        {
            key.ToTable("data_protection_keys");
            key.Property(k => k.FriendlyName).HasMaxLength(200);
        });
        modelBuilder.Entity<PlatformSetting>(setting =>
        {
            setting.ToTable("settings");
            setting.HasKey(s => s.Key);
            setting.Property(s => s.Key).HasMaxLength(200);
            setting.Property(s => s.Value).HasMaxLength(2000);
        });
        modelBuilder.MapAuditLog();
        modelBuilder.UseSnakeCaseNames();
    }
}
