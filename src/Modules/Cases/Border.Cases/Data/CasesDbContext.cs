using Border.Shared.Outbox;
using Border.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Border.Cases.Data;

internal sealed class CasesDbContext(DbContextOptions<CasesDbContext> options) : DbContext(options)
{
    public const string Schema = "cases";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.MapOutboxAndInbox();
        modelBuilder.UseSnakeCaseNames();
    }
}
