using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Dashboard.TestSupport;

/// <summary>One log event as a structured sink would keep it: the rendered text and its named values.</summary>
public sealed record LogRecord(LogLevel Level, string Category, string Message, IReadOnlyDictionary<string, object?> Properties);

/// <summary>Keeps every log message (with its exception) so tests can check what was, and was not, logged.</summary>
public sealed class CollectingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<string> messages = new();
    private readonly ConcurrentQueue<LogRecord> records = new();

    public IReadOnlyCollection<string> Messages => messages;

    /// <summary>The events with their named placeholders ({Email}, {UserId}, ...), as structured logging stores them.</summary>
    public IReadOnlyCollection<LogRecord> Records => records;

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, this);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, CollectingLoggerProvider sink) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            ArgumentNullException.ThrowIfNull(formatter);
            var message = formatter(state, exception);
            sink.messages.Enqueue($"{logLevel} {category}: {message}{(exception is null ? string.Empty : " " + exception)}");
            var properties = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? pairs.Where(p => p.Key != "{OriginalFormat}").ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal)
                : new Dictionary<string, object?>(StringComparer.Ordinal);
            sink.records.Enqueue(new LogRecord(logLevel, category, message, properties));
        }
    }
}
