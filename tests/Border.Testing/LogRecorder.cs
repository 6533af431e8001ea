using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Border.Testing;

/// <summary>Keeps every log entry at a level or above (Warning unless told), so a test can see what the code said went wrong.</summary>
public sealed class LogRecorder(LogLevel minimum = LogLevel.Warning) : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> entries = new();

    public IReadOnlyList<LogEntry> Entries => [.. entries];

    public ILogger CreateLogger(string categoryName) => new Recorder(categoryName, minimum, entries);

    public void Clear() => entries.Clear();

    public void Dispose()
    {
    }

    private sealed class Recorder(string category, LogLevel minimum, ConcurrentQueue<LogEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= minimum && logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                entries.Enqueue(new LogEntry(category, logLevel, formatter(state, exception), exception));
            }
        }
    }
}

public sealed record LogEntry(string Category, LogLevel Level, string Message, Exception? Exception = null);
