using Border.Shared.DataProtection;
using Border.Shared.Audit;
using Border.Shared.Jobs.Dashboard.Changes;
using Border.Shared.Persistence;
using Border.Shared.Settings;
using Microsoft.EntityFrameworkCore;

namespace Border.Shared.Platform;

/// <summary>
/// Plumbing shared by every node of a farm: the Data Protection key ring, the schedules admins set for jobs,
/// the settings admins set (read by every node as configuration), and the audit log of admins' changes to
/// the scheduler and the settings (which belong to no module).
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
        modelBuilder.Entity<JobScheduleOverride>(schedule =>
        {
            schedule.ToTable("job_schedule_overrides");
            schedule.HasKey(s => new { s.TriggerGroup, s.TriggerName });
            schedule.Property(s => s.TriggerGroup).HasMaxLength(200);
            schedule.Property(s => s.TriggerName).HasMaxLength(200);
            schedule.Property(s => s.Cron).HasMaxLength(200);
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
