using Microsoft.EntityFrameworkCore;

namespace Border.Shared.Audit;

public static class AuditModelBuilderExtensions
{
    public const string Table = "audit_entries";

    /// <summary>Maps the module's own audit log into its schema, so an entry commits with the change it records.</summary>
    public static ModelBuilder MapAuditLog(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AuditEntry>(audit =>
        {
            audit.ToTable(Table);
            audit.HasKey(a => a.Id);
            audit.Property(a => a.Action).HasMaxLength(100);
            audit.Property(a => a.Before).HasColumnType("jsonb");
            audit.Property(a => a.After).HasColumnType("jsonb");
            audit.HasIndex(a => a.OccurredAt);
            audit.HasIndex(a => new { a.SubjectId, a.OccurredAt });
            audit.HasIndex(a => new { a.ActorId, a.OccurredAt });
        });
        return modelBuilder;
    }
}
