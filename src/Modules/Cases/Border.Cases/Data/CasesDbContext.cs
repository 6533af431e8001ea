using System.Text.Json;
using Border.Cases.Contracts;
using Border.Cases.Contracts.Requirements;
using Border.Shared.Audit;
using Border.Shared.Outbox;
using Border.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Border.Cases.Data;

internal sealed class CasesDbContext(DbContextOptions<CasesDbContext> options) : DbContext(options)
{
    public const string Schema = "cases";

    public DbSet<Case> Cases => Set<Case>();

    public DbSet<CaseEvent> Events => Set<CaseEvent>();

    public DbSet<DocumentRequest> DocumentRequests => Set<DocumentRequest>();

    public DbSet<CaseDocument> Documents => Set<CaseDocument>();

    public DbSet<CaseFileContent> FileContents => Set<CaseFileContent>();

    public DbSet<Decision> Decisions => Set<Decision>();

    public DbSet<Appeal> Appeals => Set<Appeal>();

    public DbSet<CheckResult> CheckResults => Set<CheckResult>();

    public DbSet<WatchListEntry> WatchList => Set<WatchListEntry>();

    public DbSet<RequirementPage> RequirementPages => Set<RequirementPage>();

    public DbSet<RequirementVersion> RequirementVersions => Set<RequirementVersion>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.Entity<Case>(entity =>
        {
            entity.ToTable("cases", t => t.HasCheckConstraint(
                "ck_cases_submitted_has_receipt", $"state IN ({CaseStateSql.Draft}, {CaseStateSql.Discarded}) OR (receipt IS NOT NULL AND submitted_at IS NOT NULL)"));
            entity.HasKey(c => c.Id);
            entity.Property(c => c.Kind).HasConversion<string>().HasMaxLength(30);
            entity.Property(c => c.State).HasConversion<string>().HasMaxLength(30);
            entity.Property(c => c.Checks).HasConversion<string>().HasMaxLength(10);
            entity.Property(c => c.PortCode).HasMaxLength(20);
            entity.Property(c => c.Receipt).HasMaxLength(20);
            entity.Property(c => c.TimeZone).HasMaxLength(40);
            entity.Property(c => c.LostAppointmentPort).HasMaxLength(200);
            entity.Property(c => c.LostAppointmentZone).HasMaxLength(40);
            entity.Property(c => c.LostAppointmentHow).HasConversion<string>().HasMaxLength(20);
            entity.Property(c => c.Answers).HasColumnType("jsonb").HasConversion(
                answers => JsonSerializer.Serialize(answers, (JsonSerializerOptions?)null),
                json => JsonSerializer.Deserialize<Dictionary<string, string>>(json, (JsonSerializerOptions?)null) ?? new Dictionary<string, string>(),
                new ValueComparer<Dictionary<string, string>>(
                    (a, b) => a != null && b != null && a.Count == b.Count && !a.Except(b).Any(),
                    a => a.Count,
                    a => new Dictionary<string, string>(a)));
            entity.Property(c => c.Version).IsRowVersion().HasColumnName("xmin");
            entity.HasIndex(c => c.Receipt).IsUnique().HasFilter("receipt IS NOT NULL");
            entity.HasIndex(c => new { c.ApplicantId, c.CreatedAt });
            // The queue reads one state's cases in urgency order from these (every port, or one port or "any port"),
            // from the keyset position on: the first page and a page 10,000 deep are both one index range.
            entity.HasIndex(c => new { c.State, c.QueueAt, c.Id }).HasDatabaseName("ix_cases_queue");
            entity.HasIndex(c => new { c.PortCode, c.State, c.QueueAt, c.Id }).HasDatabaseName("ix_cases_queue_by_port");
        });
        modelBuilder.Entity<CaseEvent>(entity =>
        {
            entity.ToTable("case_events");
            entity.HasKey(e => e.Id);
            entity.Property(e => e.Kind).HasConversion<string>().HasMaxLength(30);
            entity.Property(e => e.Note).HasMaxLength(5_000);
            entity.HasIndex(e => new { e.CaseId, e.At });
        });
        modelBuilder.Entity<DocumentRequest>(entity =>
        {
            entity.ToTable("document_requests");
            entity.HasKey(r => r.Id);
            entity.Property(r => r.What).HasMaxLength(RequestDocuments.WhatMaxLength);
            entity.Property(r => r.AnswerNote).HasMaxLength(AnswerDocumentRequest.NoteMaxLength);
            entity.HasIndex(r => r.CaseId);
            // The deadline job and the reminders read only the open requests, by deadline.
            entity.HasIndex(r => r.DueAt).HasFilter("answered_at IS NULL AND closed_at IS NULL");
            // The hand-back job reads only the answers it has not settled, oldest first.
            entity.HasIndex(r => r.AnsweredAt).HasFilter("answered_at IS NOT NULL AND answer_settled_at IS NULL")
                .HasDatabaseName("ix_document_requests_unsettled_answers");
        });
        modelBuilder.Entity<CaseDocument>(entity =>
        {
            entity.ToTable("case_documents");
            entity.HasKey(d => d.Id);
            entity.Property(d => d.ContentType).HasMaxLength(40);
            entity.Property(d => d.DocumentKey).HasMaxLength(40);
            entity.HasIndex(d => d.CaseId);
        });
        modelBuilder.Entity<CaseFileContent>(entity =>
        {
            entity.ToTable("case_file_contents");
            entity.HasKey(f => f.Id);
        });
        modelBuilder.Entity<Decision>(entity =>
        {
            entity.ToTable("decisions");
            entity.HasKey(d => d.Id);
            entity.Property(d => d.Outcome).HasConversion<string>().HasMaxLength(20);
            entity.Property(d => d.Note).HasMaxLength(DecideCase.NoteMaxLength);
            entity.HasIndex(d => new { d.CaseId, d.DecidedAt });
        });
        modelBuilder.Entity<Appeal>(entity =>
        {
            entity.ToTable("appeals");
            entity.HasKey(a => a.Id);
            entity.Property(a => a.Outcome).HasConversion<string>().HasMaxLength(20);
            entity.Property(a => a.Statement).HasMaxLength(AppealDecision.StatementMaxLength);
            entity.Property(a => a.Note).HasMaxLength(DecideAppeal.NoteMaxLength);
            entity.HasIndex(a => a.DecisionId).IsUnique();
            entity.HasIndex(a => a.CaseId);
        });
        modelBuilder.Entity<CheckResult>(entity =>
        {
            entity.ToTable("check_results");
            entity.HasKey(c => c.Id);
            entity.Property(c => c.Check).HasConversion<string>().HasMaxLength(30);
            entity.Property(c => c.Explanation).HasMaxLength(500);
            entity.Property(c => c.ResolutionNote).HasMaxLength(ResolveCheck.NoteMaxLength);
            entity.HasIndex(c => c.CaseId);
        });
        modelBuilder.Entity<WatchListEntry>(entity =>
        {
            entity.ToTable("watch_list");
            entity.HasKey(w => w.Id);
            entity.Property(w => w.FullName).HasMaxLength(AddWatchListEntry.NameMaxLength);
            entity.Property(w => w.Reason).HasMaxLength(AddWatchListEntry.ReasonMaxLength);
            entity.Property(w => w.NameKey).HasComputedColumnSql("cases.name_key(full_name)", stored: true);
            entity.HasIndex(w => w.NameKey).HasMethod("gin").HasOperators("gin_trgm_ops");
        });
        modelBuilder.Entity<RequirementPage>(entity =>
        {
            entity.ToTable("requirement_pages");
            entity.HasKey(p => p.Id);
            entity.Property(p => p.Slug).HasMaxLength(80);
            entity.Property(p => p.Topic).HasConversion<string>().HasMaxLength(20);
            entity.Property(p => p.CaseKind).HasConversion<string>().HasMaxLength(30);
            entity.Property(p => p.Version).IsConcurrencyToken();
            entity.HasIndex(p => p.Slug).IsUnique();
        });
        modelBuilder.Entity<RequirementVersion>(entity =>
        {
            entity.ToTable("requirement_versions");
            entity.HasKey(v => v.Id);
            entity.Property(v => v.TitleEnglish).HasMaxLength(PublishRequirement.TitleMaxLength);
            entity.Property(v => v.TitleSpanish).HasMaxLength(PublishRequirement.TitleMaxLength);
            entity.Property(v => v.BodyEnglish).HasMaxLength(PublishRequirement.BodyMaxLength);
            entity.Property(v => v.BodySpanish).HasMaxLength(PublishRequirement.BodyMaxLength);
            entity.HasIndex(v => new { v.PageId, v.Number }).IsUnique();
        });
        modelBuilder.MapOutboxAndInbox();
        modelBuilder.MapAuditLog();
        modelBuilder.UseSnakeCaseNames();
    }
}
