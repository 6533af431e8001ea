using Border.Shared.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace Border.Notifications.Data;

internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<NotificationsDbContext>
{
    public NotificationsDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.For<NotificationsDbContext>(NotificationsDbContext.Schema));
}
