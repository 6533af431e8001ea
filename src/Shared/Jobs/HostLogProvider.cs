using Hangfire.AspNetCore;
using Hangfire.Logging;
using Microsoft.Extensions.Logging;

namespace Border.Shared.Jobs;

/// <summary>
/// Hangfire's logging through the host's loggers, as Hangfire.NetCore sets it up, except that a host that has
/// stopped leaves Hangfire silent instead of failing. Hangfire keeps one log provider for the whole process: where
/// several hosts share a process (the tests' sites) and the one that configured it last is disposed, every other
/// host's workers failed on "Cannot access a disposed object: LoggerFactory" and stopped taking jobs for up to
/// half a minute at a time, which is how a test's email came minutes late.
/// </summary>
internal sealed class HostLogProvider(ILoggerFactory loggers) : ILogProvider
{
    private readonly AspNetCoreLogProvider host = new(loggers);

    public ILog GetLogger(string name)
    {
        try
        {
            return host.GetLogger(name);
        }
        catch (ObjectDisposedException)
        {
            return Silent.Instance;
        }
    }

    private sealed class Silent : ILog
    {
        public static readonly Silent Instance = new();

        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
    }
}
