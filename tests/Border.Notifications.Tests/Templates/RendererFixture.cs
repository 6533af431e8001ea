using System.Globalization;
using Border.Notifications.Templates;
using Border.Shared.Localization;
using Border.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace Border.Notifications.Tests.Templates;

/// <summary>The renderer and the resources from Border's real composition, with its warnings recorded.</summary>
public sealed class RendererFixture : IAsyncLifetime
{
    // Rendering reads no data: the host is built on a database name that is never opened.
    private readonly BorderHost host;

    public RendererFixture() =>
        host = BorderHost.ForDatabase("border_templates_need_no_database", services: s => s.AddSingleton<ILoggerProvider>(Logs));

    public LogRecorder Logs { get; } = new();

    internal NotificationRenderer Renderer => host.Services.GetRequiredService<NotificationRenderer>();

    /// <summary>The resource's value for an English key in a language; null when it has none.</summary>
    public string? Resource(string english, string culture)
    {
        using var _ = new UiCulture(CultureInfo.GetCultureInfo(culture));
        var value = host.Services.GetRequiredService<IStringLocalizer<Strings>>()[english];
        return value.ResourceNotFound ? null : value.Value;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await host.DisposeAsync();
}
