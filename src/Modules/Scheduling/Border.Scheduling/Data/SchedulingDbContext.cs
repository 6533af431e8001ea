using Border.Scheduling.Contracts;
using Border.Shared.Audit;
using Border.Shared.Outbox;
using Border.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Border.Scheduling.Data;

internal sealed class SchedulingDbContext(DbContextOptions<SchedulingDbContext> options) : DbContext(options)
{
    public const string Schema = "scheduling";

    /// <summary>Statuses that may hold seats of a day (as stored): everything but Expired and Cancelled; an Offered row only until its deadline.</summary>
    public const string SeatHoldingStatuses =
        $"{AppointmentStatusSql.Offered}, {AppointmentStatusSql.Confirmed}, {AppointmentStatusSql.CheckedIn}, {AppointmentStatusSql.NoShow}, {AppointmentStatusSql.IdentityMismatch}";

    public DbSet<Port> Ports => Set<Port>();

    public DbSet<PortDay> PortDays => Set<PortDay>();

    public DbSet<AppointmentRequest> Requests => Set<AppointmentRequest>();

    public DbSet<AllocationRun> AllocationRuns => Set<AllocationRun>();

    public DbSet<Appointment> Appointments => Set<Appointment>();

    public DbSet<ConfirmationProgress> ConfirmationProgress => Set<ConfirmationProgress>();

    public DbSet<LivePhoto> LivePhotos => Set<LivePhoto>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.Entity<Port>(port =>
        {
            port.ToTable("ports", t =>
            {
                t.HasCheckConstraint("ck_ports_daily_capacity", "daily_capacity >= 0");
                t.HasCheckConstraint("ck_ports_slot_plan", "slot_minutes > 0 AND last_slot >= first_slot");
            });
            port.HasKey(p => p.Code);
            port.Property(p => p.Code).HasMaxLength(20);
            port.Property(p => p.Name).HasMaxLength(60);
            port.Property(p => p.UsState).HasMaxLength(2);
            port.Property(p => p.TimeZone).HasMaxLength(40);
            port.Property(p => p.Address).HasMaxLength(ChangePortArrival.AddressMaxLength);
            port.Property(p => p.ArriveMinutesBefore).HasDefaultValue(60);
            port.Property(p => p.Version).IsRowVersion().HasColumnName("xmin");
            port.HasData(PortSeed.All);
        });
        modelBuilder.Entity<PortDay>(day =>
        {
            day.ToTable("port_days", t => t.HasCheckConstraint(
                "ck_port_days_capacity_or_closed", "(capacity IS NULL OR capacity >= 0) AND (NOT closed OR closed_reason IS NOT NULL)"));
            day.HasKey(d => new { d.PortCode, d.Date });
            day.Property(d => d.PortCode).HasMaxLength(20);
            day.Property(d => d.ClosedReason).HasMaxLength(SetPortDate.ReasonMaxLength);
        });
        modelBuilder.Entity<AppointmentRequest>(request =>
        {
            request.ToTable("appointment_requests", t => t.HasCheckConstraint(
                "ck_appointment_requests_travellers", "traveller_count >= 1 AND traveller_count = cardinality(traveller_ids)"));
            request.HasKey(r => r.Id);
            request.HasIndex(r => r.Reference).IsUnique();
            request.Property(r => r.Reference).HasMaxLength(20);
            request.Property(r => r.PortCode).HasMaxLength(20);
            request.Property(r => r.CurrentState).HasMaxLength(3);
            request.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
            request.Property(r => r.Version).IsRowVersion().HasColumnName("xmin");
            // One pending request per group, whatever the window: the database, not only the handler, says so.
            request.HasIndex(r => r.ApplicantId).IsUnique().HasFilter($"status = {RequestStatusSql.Pending}")
                .HasDatabaseName("ux_appointment_requests_one_pending_per_applicant");
            request.HasIndex(r => new { r.ApplicantId, r.RequestedAt });
            // The draw reads one window's pending requests port by port, oldest registration first, from this index alone.
            request.HasIndex(r => new { r.WindowDate, r.PortCode, r.RegisteredAt }).HasFilter($"status = {RequestStatusSql.Pending}")
                .IncludeProperties(r => new { r.Id, r.TravellerCount });
        });
        modelBuilder.Entity<AllocationRun>(run =>
        {
            run.ToTable("allocation_runs");
            run.HasKey(r => r.Id);
            run.HasIndex(r => r.AppointmentDate).IsUnique();
            run.HasIndex(r => r.WindowDate);
            run.Property(r => r.Inputs).HasColumnType("jsonb");
            run.Property(r => r.Counts).HasColumnType("jsonb");
        });
        modelBuilder.Entity<Appointment>(appointment =>
        {
            appointment.ToTable("appointments", t => t.HasCheckConstraint(
                "ck_appointments_people", "people_count >= 1 AND people_count = cardinality(traveller_ids)"));
            appointment.HasKey(a => a.Id);
            // One appointment per request. A request is drawn only while pending, so expired rows need not be in it, and
            // leaving them out saves the expiry job's bulk update one index entry per row.
            appointment.HasIndex(a => a.RequestId).IsUnique().HasFilter($"status <> {AppointmentStatusSql.Expired}");
            appointment.HasIndex(a => a.ConfirmationNumber).IsUnique().HasFilter("confirmation_number IS NOT NULL");
            appointment.Property(a => a.ConfirmationNumber).HasMaxLength(20);
            appointment.Property(a => a.CheckInNote).HasMaxLength(RecordCheckIn.NoteMaxLength);
            appointment.Property(a => a.PortCode).HasMaxLength(20);
            appointment.Property(a => a.TimeZone).HasMaxLength(40);
            appointment.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
            appointment.Property(a => a.Version).IsRowVersion().HasColumnName("xmin");
            // One live offer or appointment per group.
            appointment.HasIndex(a => a.ApplicantId).IsUnique().HasFilter($"status IN ({AppointmentStatusSql.Offered}, {AppointmentStatusSql.Confirmed})")
                .HasDatabaseName("ux_appointments_one_live_per_applicant");
            // Seats taken on a day at a port, and the day's roster by slot.
            appointment.HasIndex(a => new { a.PortCode, a.Date, a.SlotStart }).HasFilter($"status IN ({SeatHoldingStatuses})");
            // The expiry job: offers past their deadline, to tell and then to close.
            appointment.HasIndex(a => a.Deadline).HasFilter($"status = {AppointmentStatusSql.Offered}");
        });
        modelBuilder.Entity<OfferExpiryProgress>(progress =>
        {
            progress.ToTable("offer_expiry_progress", t => t.HasCheckConstraint("ck_offer_expiry_progress_single", $"id = {OfferExpiryProgress.SingleId}"));
            progress.HasKey(p => p.Id);
            progress.Property(p => p.Id).ValueGeneratedNever();
        });
        modelBuilder.Entity<ConfirmationProgress>(progress =>
        {
            progress.ToTable("confirmation_progress");
            progress.HasKey(p => p.AppointmentId);
            progress.Property(p => p.CurrentState).HasMaxLength(3);
        });
        modelBuilder.Entity<LivePhoto>(photo =>
        {
            photo.ToTable("live_photos");
            photo.HasKey(p => p.Id);
            photo.HasIndex(p => new { p.AppointmentId, p.TravellerId }).IsUnique();
            photo.Property(p => p.ContentType).HasMaxLength(20);
        });
        modelBuilder.MapOutboxAndInbox();
        modelBuilder.MapAuditLog();
        modelBuilder.UseSnakeCaseNames();
    }
}
