using Border.Shared.Outbox;
using Border.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Border.Messaging.Data;

internal sealed class MessagingDbContext(DbContextOptions<MessagingDbContext> options) : DbContext(options)
{
    public const string Schema = "messaging";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.MapOutboxAndInbox();
        modelBuilder.UseSnakeCaseNames();
    }
}
