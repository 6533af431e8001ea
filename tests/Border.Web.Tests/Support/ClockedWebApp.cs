using Border.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Border.Web.Tests.Support;

/// <summary>The site on a clock the test moves, for what happens after a minute has passed.</summary>
public sealed class ClockedWebApp : BorderWebApp
{
    public ShiftedClock Clock { get; } = new();

    protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("Scheduler:Enabled", "false")];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}
