using Border.Shared.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace Border.Messaging.Data;

internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<MessagingDbContext>
{
    public MessagingDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.For<MessagingDbContext>(MessagingDbContext.Schema));
}
