using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Dashboard.Benchmarks;

/// <summary>
/// Records the SQL commands EF Core sends (text and parameters) while capturing is on, so that the
/// floor benchmark can run exactly the same statements through plain ADO.NET.
/// </summary>
public sealed class SqlCapture : DbCommandInterceptor
{
    private readonly List<CapturedCommand> commands = [];

    public bool Capturing { get; set; }

    public IReadOnlyList<CapturedCommand> Commands => commands;

    public void Clear() => commands.Clear();

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    private void Record(DbCommand command)
    {
        if (Capturing)
        {
            commands.Add(new CapturedCommand(
                command.CommandText,
                command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, p.Value)).ToList()));
        }
    }
}

/// <summary>One statement as EF Core ran it.</summary>
public sealed record CapturedCommand(string Text, IReadOnlyList<(string Name, object? Value)> Parameters);
