using System.Diagnostics.Metrics;
using Border.Web.Composition.Throughput;
using Microsoft.Extensions.DependencyInjection;

namespace Border.Web.Tests.Support;

/// <summary>How many pages one site gave from memory (<see cref="RememberedPages"/>), counted from its own meter.</summary>
internal sealed class PagesGiven : IDisposable
{
    private readonly MeterListener listener = new();
    private long count;

    public PagesGiven(IServiceProvider services)
    {
        var meters = services.GetRequiredService<IMeterFactory>();
        listener.InstrumentPublished = (instrument, listening) =>
        {
            if (ReferenceEquals(instrument.Meter.Scope, meters) && instrument.Name == RememberedPages.GivenCounter)
            {
                listening.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref count, value));
        listener.Start();
    }

    public long Count => Interlocked.Read(ref count);

    /// <summary>Gets <paramref name="path"/> and says whether the site gave it from memory.</summary>
    public async Task<(HttpResponseMessage Response, bool FromMemory)> GetAsync(HttpClient client, string path)
    {
        var before = Count;
        var response = await client.GetAsync(path);
        return (response, Count > before);
    }

    public void Dispose() => listener.Dispose();
}
