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

    /// <summary>Gets <paramref name="path"/> (compressed when <paramref name="acceptEncoding"/> is given) and says whether the site gave it from memory.</summary>
    public async Task<(HttpResponseMessage Response, bool FromMemory)> GetAsync(HttpClient client, string path, string? acceptEncoding = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptEncoding is not null)
        {
            request.Headers.AcceptEncoding.ParseAdd(acceptEncoding);
        }

        var before = Count;
        var response = await client.SendAsync(request);
        return (response, Count > before);
    }

    public void Dispose() => listener.Dispose();
}
