using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Border.Web.Composition.Health;

/// <summary>Hangfire's storage answers (its schema is there, so `migrate` ran) and lists its servers.</summary>
internal sealed class JobsHealthCheck(JobStorage storage) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var servers = storage.GetMonitoringApi().Servers().Count;
            return Task.FromResult(HealthCheckResult.Healthy($"{servers} Hangfire servers"));
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or InvalidOperationException or TimeoutException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("Hangfire's storage does not answer; has `migrate` run?", e));
        }
    }
}
