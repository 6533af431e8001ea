using Border.Web.Composition;

var builder = WebApplication.CreateBuilder(args);
builder.AddBorder();
if (args.Contains("migrate"))
{
    // EF logs a failed query when a schema's history table does not exist yet; that is expected on a first run.
    builder.Logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.None);
}

var app = builder.Build();

if (args.Contains("migrate"))
{
    return await app.MigrateAsync();
}

if (!app.KeysAreProtected())
{
    return 3;
}

if (!await app.CanReachDatabaseAsync())
{
    return 2;
}

await app.SeedDemoDataAsync();
app.UseBorder();
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to WebApplicationFactory.</summary>
public partial class Program;
