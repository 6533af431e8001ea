using Border.Shared.Outbox;
using Border.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Border.Scheduling.Data;

internal sealed class SchedulingDbContext(DbContextOptions<SchedulingDbContext> options) : DbContext(options)
{
    public const string Schema = "scheduling";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.MapOutboxAndInbox();
        modelBuilder.UseSnakeCaseNames();
    }
}
