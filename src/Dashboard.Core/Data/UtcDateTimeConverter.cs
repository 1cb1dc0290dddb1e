using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Dashboard.Core.Data;

/// <summary>
/// Stores every <see cref="DateTime"/> as UTC and reads it back marked as UTC. SQLite cannot order or
/// compare <see cref="DateTimeOffset"/> values, so UTC <see cref="DateTime"/> is the portable choice.
/// </summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
