using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Border.Web.Tests.Hosting;

internal static class JobWaits
{
    /// <summary>Waits for the job to reach the state and returns it; fails the test when it has not within the time.</summary>
    public static async Task<StateData> StateAsync(IServiceProvider services, string jobId, string state, int seconds = 60)
    {
        var storage = services.GetRequiredService<JobStorage>();
        var until = DateTime.UtcNow.AddSeconds(seconds);
        StateData? seen = null;
        while (DateTime.UtcNow < until)
        {
            using (var connection = storage.GetConnection())
            {
                seen = connection.GetStateData(jobId);
            }

            if (seen?.Name == state)
            {
                return seen;
            }

            await Task.Delay(200);
        }

        Assert.Fail($"Job {jobId} did not reach {state} within {seconds} s; it is {seen?.Name ?? "unknown"} ({seen?.Reason}).");
        throw new InvalidOperationException();
    }
}
