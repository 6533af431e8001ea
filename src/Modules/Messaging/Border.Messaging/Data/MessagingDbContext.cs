using Border.Messaging.Contracts;
using Border.Shared.Audit;
using Border.Shared.Outbox;
using Border.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Border.Messaging.Data;

internal sealed class MessagingDbContext(DbContextOptions<MessagingDbContext> options) : DbContext(options)
{
    public const string Schema = "messaging";

    public DbSet<Conversation> Conversations => Set<Conversation>();

    public DbSet<Message> Messages => Set<Message>();

    public DbSet<Attachment> Attachments => Set<Attachment>();

    public DbSet<FormKey> FormKeys => Set<FormKey>();

    public DbSet<OfficerName> OfficerNames => Set<OfficerName>();

    public DbSet<SavedReply> SavedReplies => Set<SavedReply>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.Entity<Conversation>(entity =>
        {
            entity.ToTable("conversations");
            entity.HasKey(c => c.Id);
            entity.Property(c => c.Topic).HasConversion<string>().HasMaxLength(20);
            entity.Property(c => c.State).HasConversion<string>().HasMaxLength(30);
            entity.Property(c => c.Reference).HasMaxLength(20);
            entity.Property(c => c.PortCode).HasMaxLength(20);
            entity.Property(c => c.Subject).HasMaxLength(MessageLimits.SubjectMaxLength);
            entity.HasIndex(c => new { c.ApplicantId, c.LastActivityAt, c.Id }).HasDatabaseName("ix_conversations_applicant");
            entity.HasIndex(c => new { c.ApplicantId, c.CreatedAt }).HasDatabaseName("ix_conversations_daily_limit");
            // The header's count reads only unread rows.
            entity.HasIndex(c => c.ApplicantId).HasFilter("unread_by_applicant").HasDatabaseName("ix_conversations_unread");
            // Each inbox view is one index range from its keyset position: every port, one port, or one officer's.
            entity.HasIndex(c => new { c.State, c.QueueAt, c.Id }).HasDatabaseName("ix_conversations_inbox");
            entity.HasIndex(c => new { c.PortCode, c.State, c.QueueAt, c.Id }).HasDatabaseName("ix_conversations_inbox_by_port");
            entity.HasIndex(c => new { c.AssignedTo, c.State, c.QueueAt, c.Id }).HasDatabaseName("ix_conversations_inbox_by_officer");
        });
        modelBuilder.Entity<Message>(entity =>
        {
            entity.ToTable("messages");
            entity.HasKey(m => m.Id);
            entity.Property(m => m.Body).HasMaxLength(MessageLimits.BodyMaxLength);
            entity.HasIndex(m => new { m.ConversationId, m.SentAt, m.Id });
            entity.HasIndex(m => new { m.AuthorId, m.SentAt });
        });
        modelBuilder.Entity<Attachment>(entity =>
        {
            entity.ToTable("attachments");
            entity.HasKey(a => a.Id);
            entity.Property(a => a.ContentType).HasMaxLength(40);
            entity.HasIndex(a => a.MessageId);
            entity.HasIndex(a => a.ConversationId);
        });
        modelBuilder.Entity<FormKey>(entity =>
        {
            entity.ToTable("form_keys");
            entity.HasKey(k => k.Key);
            entity.HasIndex(k => k.UsedAt);
        });
        modelBuilder.Entity<OfficerName>(entity =>
        {
            entity.ToTable("officer_names");
            entity.HasKey(n => n.StaffId);
            entity.Property(n => n.Name).HasMaxLength(OfficerNameLimits.MaxLength);
        });
        modelBuilder.Entity<SavedReply>(entity =>
        {
            entity.ToTable("saved_replies");
            entity.HasKey(r => r.Id);
            entity.Property(r => r.Title).HasMaxLength(SavedReplyLimits.TitleMaxLength);
            entity.Property(r => r.English).HasMaxLength(MessageLimits.BodyMaxLength);
            entity.Property(r => r.Spanish).HasMaxLength(MessageLimits.BodyMaxLength);
        });
        modelBuilder.MapOutboxAndInbox();
        modelBuilder.MapAuditLog();
        modelBuilder.UseSnakeCaseNames();
    }
}
