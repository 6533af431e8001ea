using System.Text.Json;
using Border.Notifications.Contracts;
using Border.Shared.Outbox;
using Border.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Border.Notifications.Data;

internal sealed class NotificationsDbContext(DbContextOptions<NotificationsDbContext> options) : DbContext(options)
{
    public const string Schema = "notifications";

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<EmailMessage> Emails => Set<EmailMessage>();

    public DbSet<EmailPreference> EmailPreferences => Set<EmailPreference>();

    public DbSet<PolicyUpdate> PolicyUpdates => Set<PolicyUpdate>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.Entity<Notification>(notification =>
        {
            notification.ToTable("notifications");
            notification.Property(n => n.Kind).HasMaxLength(100);
            notification.Property(n => n.Link).HasMaxLength(500);
            notification.Property(n => n.Arguments)
                .HasColumnType("jsonb")
                .HasConversion(
                    arguments => arguments == null ? null : JsonSerializer.Serialize(arguments, JsonSerializerOptions.Web),
                    json => json == null ? null : JsonSerializer.Deserialize<Dictionary<string, NotificationArgument>>(json, JsonSerializerOptions.Web),
                    new ValueComparer<Dictionary<string, NotificationArgument>?>(
                        (a, b) => JsonSerializer.Serialize(a, JsonSerializerOptions.Web) == JsonSerializer.Serialize(b, JsonSerializerOptions.Web),
                        a => JsonSerializer.Serialize(a, JsonSerializerOptions.Web).GetHashCode(StringComparison.Ordinal),
                        a => a == null ? null : new Dictionary<string, NotificationArgument>(a)));
            notification.HasIndex(n => new { n.RecipientId, n.CreatedAt });
            notification.HasIndex(n => new { n.SourceEventId, n.RecipientId }).IsUnique();
        });
        modelBuilder.Entity<EmailMessage>(email =>
        {
            email.ToTable("email_messages");
            email.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
            email.Property(e => e.Address).HasMaxLength(256);
            email.HasOne<Notification>().WithOne().HasForeignKey<EmailMessage>(e => e.Id).OnDelete(DeleteBehavior.Cascade);
            // The sender looks only at what is due; sent mail stays out of this index.
            email.HasIndex(e => e.NextAttemptAt).HasFilter($"status = {EmailStatusSql.Pending}");
            email.HasIndex(e => e.LeaseUntil).HasFilter($"status = {EmailStatusSql.Sending}");
        });
        modelBuilder.Entity<EmailPreference>(preference =>
        {
            preference.ToTable("email_preferences");
            preference.HasKey(p => p.RecipientId);
        });
        modelBuilder.Entity<PolicyUpdate>(update =>
        {
            update.ToTable("policy_updates");
            update.Property(p => p.TitleEnglish).HasMaxLength(PublishPolicyUpdate.TitleMaxLength);
            update.Property(p => p.TitleSpanish).HasMaxLength(PublishPolicyUpdate.TitleMaxLength);
            update.Property(p => p.BodyEnglish).HasMaxLength(PublishPolicyUpdate.BodyMaxLength);
            update.Property(p => p.BodySpanish).HasMaxLength(PublishPolicyUpdate.BodyMaxLength);
            update.HasIndex(p => p.PublishedAt);
            update.HasIndex(p => p.CompletedAt).HasFilter("completed_at IS NULL");
        });
        modelBuilder.MapOutboxAndInbox();
        modelBuilder.UseSnakeCaseNames();
    }
}
