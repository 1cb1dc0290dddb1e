namespace Dashboard.Core.Seeding;

/// <summary>The demo reports (40 real, sourced reports in the CSV interchange format), embedded in this assembly.</summary>
public static class DemoReports
{
    public static byte[] ReadCsv()
    {
        using var stream = typeof(DemoReports).Assembly.GetManifestResourceStream("Dashboard.Core.Seeding.demo_reports.csv")
            ?? throw new InvalidOperationException("The embedded demo CSV is missing from Dashboard.Core.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
