using Border.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Border.Shared.DataProtection;

/// <summary>Plumbing shared by every node of a farm: the Data Protection key ring.</summary>
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
        modelBuilder.UseSnakeCaseNames();
    }
}
