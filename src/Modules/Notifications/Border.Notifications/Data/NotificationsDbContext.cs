using Border.Shared.Outbox;
using Border.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Border.Notifications.Data;

internal sealed class NotificationsDbContext(DbContextOptions<NotificationsDbContext> options) : DbContext(options)
{
    public const string Schema = "notifications";

    public DbSet<Notification> Notifications => Set<Notification>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.Entity<Notification>(notification =>
        {
            notification.ToTable("notifications");
            notification.Property(n => n.Kind).HasMaxLength(100);
            notification.HasIndex(n => new { n.RecipientId, n.CreatedAt });
            notification.HasIndex(n => new { n.SourceEventId, n.RecipientId }).IsUnique();
        });
        modelBuilder.MapOutboxAndInbox();
        modelBuilder.UseSnakeCaseNames();
    }
}
