using Border.Testing;

namespace Border.EndToEnd.Tests.Infrastructure;

/// <summary>Border as BorderWebApp builds it, with static assets served the way a published build serves them.</summary>
internal sealed class ServedBorder : BorderWebApp
{
    // Run from a build (not a publish), MapStaticAssets swaps every asset's Cache-Control for "no-cache" so that
    // edits to wwwroot show at once. Turning that off serves the headers the build manifest records.
    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
        [new("ReloadStaticAssetsAtRuntime", "false")];
}
