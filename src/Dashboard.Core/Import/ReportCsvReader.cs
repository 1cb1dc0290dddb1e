using System.Globalization;
using System.Text;
using CsvHelper;
using Dashboard.Core.Countries;
using Dashboard.Core.Reports;

namespace Dashboard.Core.Import;

/// <summary>
/// Reads report CSV files (format version 1) into checked <see cref="ParsedReport"/>s, collecting every
/// problem with its line and column instead of stopping at the first. It never touches the database.
/// </summary>
public sealed class ReportCsvReader(TimeProvider timeProvider)
{
    /// <summary>The largest file accepted (10 MB).</summary>
    public const long MaxFileBytes = 10 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public ReportCsvReadResult Read(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.LongLength > MaxFileBytes)
        {
            return ReportCsvReadResult.FileError(new CsvIssue(1, null, $"the file is {content.LongLength / (1024.0 * 1024):0.#} MB; at most {MaxFileBytes / (1024 * 1024)} MB can be imported at once"));
        }

        var utf8 = content.AsMemory();
        if (utf8.Span.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        if (FindInvalidUtf8Line(utf8.Span) is { } badLine)
        {
            return ReportCsvReadResult.FileError(new CsvIssue(badLine, null, "the file is not UTF-8 text (save it from the spreadsheet as 'CSV UTF-8')"));
        }

        return Parse(utf8);
    }

    public async Task<ReportCsvReadResult> ReadAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxFileBytes)
            {
                return ReportCsvReadResult.FileError(new CsvIssue(1, null, $"the file is larger than {MaxFileBytes / (1024 * 1024)} MB, the most that can be imported at once"));
            }

            buffer.Write(chunk, 0, read);
        }

        return Read(buffer.ToArray());
    }

    /// <summary>The line of the first byte sequence that is not UTF-8, or null when the whole text is UTF-8.</summary>
    private static int? FindInvalidUtf8Line(ReadOnlySpan<byte> bytes)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return null;
        }

        try
        {
            _ = StrictUtf8.GetCharCount(bytes);
            return null;
        }
        catch (DecoderFallbackException ex)
        {
            var end = Math.Clamp(ex.Index, 0, bytes.Length);
            return bytes[..end].Count((byte)'\n') + 1;
        }
    }

    private ReportCsvReadResult Parse(ReadOnlyMemory<byte> utf8)
    {
        var issues = new List<CsvIssue>();
        var reports = new List<ParsedReport>();
        var invalidIds = new HashSet<string>(StringComparer.Ordinal);
        var firstLineOfId = new Dictionary<string, int>(StringComparer.Ordinal);
        var byId = new Dictionary<string, ParsedReport>(StringComparer.Ordinal);
        var today = DateOnly.FromDateTime(timeProvider.GetUtcNow().UtcDateTime);
        var rowCount = 0;
        var malformedLines = new HashSet<int>();

        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = true,
            Mode = CsvMode.Rfc4180,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            MissingField = CsvMissingFieldHandling.ReturnEmpty,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MalformedData = CsvMalformedDataHandling.Recover,
            OnMalformedRecord = record =>
            {
                var line = (int)record.LineNumber;
                malformedLines.Add(line);
                issues.Add(new CsvIssue(line, null, record.Reason switch
                {
                    CsvMalformedReason.UnterminatedQuote => "a quoted field is never closed (a quote is missing)",
                    _ => "a quote inside a field is not escaped (write it as two quotes \"\" and quote the whole field)",
                }));
            },
        };

        using var csv = CsvReader.Create(utf8, options);
        var header = csv.Headers;
        if (header is not { Count: > 0 })
        {
            return ReportCsvReadResult.FileError(new CsvIssue(1, null, "the file is empty: it needs a header row and at least one report"));
        }

        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim();
            if (name.Length > 0 && !columns.TryAdd(name, i))
            {
                issues.Add(new CsvIssue(1, name, "the column appears twice in the header"));
            }
        }

        var missing = ReportCsvColumns.Required.Where(c => !columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            issues.Add(new CsvIssue(1, null, $"missing required column{(missing.Count > 1 ? "s" : string.Empty)}: {string.Join(", ", missing)}"));
        }

        if (issues.Count > 0)
        {
            return ReportCsvReadResult.FileError([.. issues]);
        }

        while (csv.Read())
        {
            rowCount++;
            var line = (int)csv.LineNumber;
            var row = new Row(csv, columns, line, issues);
            if (malformedLines.Contains(line))
            {
                row.MarkMalformed();
            }

            var externalId = row.Get(ReportCsvColumns.ExternalId);
            if (externalId is null)
            {
                row.Error(ReportCsvColumns.ExternalId, "is required");
                continue;
            }

            if (externalId.Length > ReportLimits.ExternalIdMax)
            {
                row.Error(ReportCsvColumns.ExternalId, $"must be at most {ReportLimits.ExternalIdMax} characters long (it has {externalId.Length})");
                continue;
            }

            var errorsBefore = issues.Count;
            if (firstLineOfId.TryGetValue(externalId, out var firstLine))
            {
                var extra = ReportCsvColumns.All
                    .Where(c => c != ReportCsvColumns.ExternalId && !ReportCsvColumns.SourceColumns.Contains(c) && row.Get(c) is not null)
                    .ToList();
                if (extra.Count > 0)
                {
                    row.Error(ReportCsvColumns.ExternalId, $"'{externalId}' is already used on line {firstLine}; a further source row of that report fills only the source_* columns (this one also fills {string.Join(", ", extra)})");
                }

                var source = ReadSource(row);
                if (issues.Count > errorsBefore || source is null)
                {
                    invalidIds.Add(externalId);
                }
                else if (byId.TryGetValue(externalId, out var owner))
                {
                    owner.Sources.Add(source);
                }

                continue;
            }

            firstLineOfId[externalId] = line;
            var report = ReadReport(row, externalId, today);
            if (issues.Count > errorsBefore || report is null)
            {
                invalidIds.Add(externalId);
                continue;
            }

            byId[externalId] = report;
            reports.Add(report);
        }

        var valid = reports.Where(r => !invalidIds.Contains(r.ExternalId)).ToList();
        return new ReportCsvReadResult(valid, issues.OrderBy(i => i.Line).ToList(), rowCount, firstLineOfId.Count, FileIsUnreadable: false);
    }

    private static ParsedReport? ReadReport(Row row, string externalId, DateOnly today)
    {
        var title = row.Required(ReportCsvColumns.Title);
        if (title is not null && ReportRules.CheckTitle(title) is { } titleProblem)
        {
            row.Error(ReportCsvColumns.Title, titleProblem);
        }

        var conflict = row.Required(ReportCsvColumns.Conflict);
        if (conflict is not null && ReportRules.CheckLength(conflict, ReportLimits.NameMax) is { } conflictProblem)
        {
            row.Error(ReportCsvColumns.Conflict, conflictProblem);
        }

        var supplier = row.Country(ReportCsvColumns.SupplierCountryIso2, required: true);
        var recipientCountry = row.Country(ReportCsvColumns.RecipientCountryIso2, required: false);
        var recipient = row.Required(ReportCsvColumns.Recipient);
        if (recipient is not null && ReportRules.CheckLength(recipient, ReportLimits.NameMax) is { } recipientProblem)
        {
            row.Error(ReportCsvColumns.Recipient, recipientProblem);
        }

        SupportCategory category = default;
        var categoryText = row.Required(ReportCsvColumns.Category);
        if (categoryText is not null && !WireNames.TryParse(categoryText, out category))
        {
            row.Error(ReportCsvColumns.Category, $"'{ReportRules.Shorten(categoryText)}' is not one of {WireNames.ListOf<SupportCategory>()}");
        }

        var aidTypes = new List<string>();
        var aidTypeText = row.Required(ReportCsvColumns.AidType);
        if (aidTypeText is not null)
        {
            foreach (var tag in aidTypeText.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (ReportRules.IsAidTypeSlug(tag))
                {
                    if (!aidTypes.Contains(tag))
                    {
                        aidTypes.Add(tag);
                    }
                }
                else
                {
                    row.Error(ReportCsvColumns.AidType, $"'{ReportRules.Shorten(tag)}' is not a tag of lower-case letters, digits and hyphens (for example machine-tools)");
                }
            }

            if (aidTypes.Count == 0 && !row.HasErrorIn(ReportCsvColumns.AidType))
            {
                row.Error(ReportCsvColumns.AidType, "is required");
            }
        }

        var items = row.Get(ReportCsvColumns.Items);
        if (ReportRules.CheckLength(items, ReportLimits.ItemsMax) is { } itemsProblem)
        {
            row.Error(ReportCsvColumns.Items, itemsProblem);
        }

        var entities = new List<string>();
        foreach (var entity in (row.Get(ReportCsvColumns.Entities) ?? string.Empty).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (entity.Length > ReportLimits.NameMax)
            {
                row.Error(ReportCsvColumns.Entities, $"'{ReportRules.Shorten(entity)}' is longer than {ReportLimits.NameMax} characters");
            }
            else if (!entities.Contains(entity, StringComparer.OrdinalIgnoreCase))
            {
                entities.Add(entity);
            }
        }

        var reported = row.Date(ReportCsvColumns.ReportedDate, required: true);
        if (reported is { } reportedDate && ReportRules.CheckReportedDate(reportedDate, today) is { } futureProblem)
        {
            row.Error(ReportCsvColumns.ReportedDate, futureProblem);
        }

        var from = row.Date(ReportCsvColumns.EventDateFrom, required: false);
        var to = row.Date(ReportCsvColumns.EventDateTo, required: false);
        if (ReportRules.CheckEventRange(from, to) is { } rangeProblem)
        {
            row.Error(ReportCsvColumns.EventDateTo, rangeProblem);
        }

        EvidenceStatus status = default;
        var statusText = row.Required(ReportCsvColumns.Status);
        if (statusText is not null && !WireNames.TryParse(statusText, out status))
        {
            row.Error(ReportCsvColumns.Status, $"'{ReportRules.Shorten(statusText)}' is not one of {WireNames.ListOf<EvidenceStatus>()}");
        }

        ConfidenceLevel confidence = default;
        var confidenceText = row.Required(ReportCsvColumns.Confidence);
        if (confidenceText is not null && !WireNames.TryParse(confidenceText, out confidence))
        {
            row.Error(ReportCsvColumns.Confidence, $"'{ReportRules.Shorten(confidenceText)}' is not one of {WireNames.ListOf<ConfidenceLevel>()}");
        }

        var summary = row.Required(ReportCsvColumns.Summary);
        if (summary is not null && ReportRules.CheckSummary(summary) is { } summaryProblem)
        {
            row.Error(ReportCsvColumns.Summary, summaryProblem);
        }

        var source = ReadSource(row);
        if (row.HasErrors || title is null || conflict is null || supplier is null || recipient is null
            || summary is null || reported is null || source is null)
        {
            return null;
        }

        var report = new ParsedReport
        {
            Line = row.Line,
            ExternalId = externalId,
            Title = title,
            Conflict = conflict,
            SupplierCountryCode = supplier,
            RecipientCountryCode = recipientCountry,
            Recipient = recipient,
            Category = category,
            AidTypes = aidTypes,
            Items = items,
            Entities = entities,
            ReportedDate = reported.Value,
            EventDateFrom = from,
            EventDateTo = to,
            EvidenceStatus = status,
            Confidence = confidence,
            Summary = summary,
        };
        report.Sources.Add(source);
        return report;
    }

    private static ParsedSource? ReadSource(Row row)
    {
        var title = row.Required(ReportCsvColumns.SourceTitle);
        if (title is not null && ReportRules.CheckLength(title, ReportLimits.SourceTitleMax) is { } titleProblem)
        {
            row.Error(ReportCsvColumns.SourceTitle, titleProblem);
        }

        var publisher = row.Required(ReportCsvColumns.SourcePublisher);
        if (publisher is not null && ReportRules.CheckLength(publisher, ReportLimits.PublisherMax) is { } publisherProblem)
        {
            row.Error(ReportCsvColumns.SourcePublisher, publisherProblem);
        }

        var url = row.Get(ReportCsvColumns.SourceUrl);
        if (ReportRules.CheckUrl(url) is { } urlProblem)
        {
            row.Error(ReportCsvColumns.SourceUrl, urlProblem);
        }

        var date = row.Date(ReportCsvColumns.SourceDate, required: false);
        if (title is null || publisher is null || row.HasErrorIn(ReportCsvColumns.SourceUrl) || row.HasErrorIn(ReportCsvColumns.SourceDate)
            || row.HasErrorIn(ReportCsvColumns.SourceTitle) || row.HasErrorIn(ReportCsvColumns.SourcePublisher))
        {
            return null;
        }

        return new ParsedSource(row.Line, title, publisher, url, date);
    }

    /// <summary>One record of the file, with helpers that read a column and note problems against it.</summary>
    private sealed class Row(CsvReader csv, Dictionary<string, int> columns, int line, List<CsvIssue> issues)
    {
        private readonly HashSet<string> columnsWithErrors = new(StringComparer.Ordinal);

        public int Line => line;

        public bool HasErrors => columnsWithErrors.Count > 0;

        public bool HasErrorIn(string column) => columnsWithErrors.Contains(column);

        /// <summary>The trimmed value, or null when the column is absent or the cell is empty.</summary>
        public string? Get(string column)
        {
            if (!columns.TryGetValue(column, out var index))
            {
                return null;
            }

            // A cell that an export neutralised against spreadsheet formulas reads back as the value it was.
            var value = index < csv.FieldCount ? SpreadsheetFormulaGuard.Restore(csv.GetString(index))?.Trim() : null;
            return string.IsNullOrEmpty(value) ? null : value;
        }

        public string? Required(string column)
        {
            var value = Get(column);
            if (value is null)
            {
                Error(column, "is required, but the cell is empty");
            }

            return value;
        }

        public string? Country(string column, bool required)
        {
            var value = required ? Required(column) : Get(column);
            if (value is null)
            {
                return null;
            }

            var country = value.Length == 2 ? CountryCatalog.Find(value) : null;
            if (country is null)
            {
                Error(column, $"'{ReportRules.Shorten(value)}' is not an ISO 3166-1 alpha-2 country code");
                return null;
            }

            return country.Code;
        }

        public DateOnly? Date(string column, bool required)
        {
            var value = required ? Required(column) : Get(column);
            if (value is null)
            {
                return null;
            }

            if (!ReportRules.TryParseDate(value, out var date))
            {
                Error(column, $"'{ReportRules.Shorten(value)}' is not a valid date in the form YYYY-MM-DD");
                return null;
            }

            return date;
        }

        /// <summary>A row with broken quoting is reported once, as a whole, and never imported.</summary>
        public void MarkMalformed() => columnsWithErrors.Add(string.Empty);

        public void Error(string column, string message)
        {
            columnsWithErrors.Add(column);
            issues.Add(new CsvIssue(line, column, message));
        }
    }
}

/// <summary>What a CSV file holds: the reports that passed every check, and every problem found.</summary>
/// <param name="Reports">Reports whose rows all passed.</param>
/// <param name="Issues">Every problem, in line order.</param>
/// <param name="RowCount">Data rows read (without the header).</param>
/// <param name="ReportCount">Distinct external ids seen, valid or not.</param>
/// <param name="FileIsUnreadable">True when the file as a whole was refused (encoding, size, header).</param>
public sealed record ReportCsvReadResult(
    IReadOnlyList<ParsedReport> Reports,
    IReadOnlyList<CsvIssue> Issues,
    int RowCount,
    int ReportCount,
    bool FileIsUnreadable)
{
    public bool HasIssues => Issues.Count > 0;

    public static ReportCsvReadResult FileError(params CsvIssue[] issues) => new([], issues, 0, 0, FileIsUnreadable: true);
}
