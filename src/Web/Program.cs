using Border.Web.Composition;

var builder = WebApplication.CreateBuilder(args);
builder.AddBorder();
var app = builder.Build();

if (args.Contains("migrate"))
{
    return await app.MigrateAsync();
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
