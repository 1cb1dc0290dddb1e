using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Microsoft.Playwright;

// dotnet run -c Release --project bench/Dashboard.LoadTest -- <app url> <admin password> [circuits] [extra wrk paths...]
// dotnet run -c Release --project bench/Dashboard.LoadTest -- share|revoke <data directory> <email> <filter query|link id>
// The app must already run on the benchmark database (bench/run-load.sh starts it).
if (args is ["share" or "revoke", _, _, _])
{
    return await ShareLinkCommands.RunAsync(args);
}

var baseAddress = new Uri(args.Length > 0 ? args[0] : "http://127.0.0.1:5099/");
var password = args.Length > 1 ? args[1] : "benchmark password";
var circuits = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 50;
var extraPaths = args.Skip(3).ToList();

var cookie = await SignInAsync(baseAddress, "admin@example.org", password);
var report = new StringBuilder();
report.AppendLine(CultureInfo.InvariantCulture, $"Load test of {baseAddress} on {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores");
report.AppendLine();
report.AppendLine("| address | requests/s | p50 ms | p90 ms | p95 ms | p99 ms |");
report.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: |");

// The extra paths (the shared page) first: a run the server cannot keep up with leaves a backlog of
// requests it keeps working on after wrk stops, so each run also waits for the server to be idle.
foreach (var (path, withCookie) in extraPaths.Select(p => (p, p.StartsWith("/s/", StringComparison.Ordinal) is false)).Append(("/", true)))
{
    // One connection for the latency of a single user, then 32 for the throughput under load.
    foreach (var connections in new[] { 1, 32 })
    {
        await WaitUntilIdleAsync(baseAddress);
        var result = Wrk(new Uri(baseAddress, path), withCookie ? cookie : null, connections);
        report.AppendLine(CultureInfo.InvariantCulture, $"| `{path}` ({connections} connection{(connections > 1 ? "s" : "")}) | {result.RequestsPerSecond:0} | {result.P50:0.0} | {result.P90:0.0} | {result.P95:0.0} | {result.P99:0.0} |");
    }
}

report.AppendLine();
await WaitUntilIdleAsync(baseAddress);
report.AppendLine(await MeasureCircuitsAsync(baseAddress, cookie, circuits));
Console.WriteLine(report);
return 0;

static async Task<string> SignInAsync(Uri baseAddress, string email, string password)
{
    var cookies = new CookieContainer();
    using var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = baseAddress };
    var html = await client.GetStringAsync(new Uri("Account/Login", UriKind.Relative));
    var form = new HtmlParser().ParseDocument(html).QuerySelectorAll("form[method=post] input[type=hidden]")
        .ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? string.Empty);
    form["Input.Email"] = email;
    form["Input.Password"] = password;
    using var response = await client.PostAsync(new Uri("Account/Login", UriKind.Relative), new FormUrlEncodedContent(form));
    if (response.StatusCode != HttpStatusCode.Redirect)
    {
        throw new InvalidOperationException($"Signing in failed with {(int)response.StatusCode}.");
    }

    // Secure cookies are kept by the container only over https; read the header itself.
    var auth = response.Headers.GetValues("Set-Cookie").First(c => c.StartsWith("csm.auth=", StringComparison.Ordinal));
    return auth[..auth.IndexOf(';', StringComparison.Ordinal)];
}

// Idle: the health endpoint answers within 50 ms three times in a row (at most two minutes).
static async Task WaitUntilIdleAsync(Uri baseAddress)
{
    using var client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
    var deadline = DateTime.UtcNow.AddMinutes(2);
    var quick = 0;
    while (quick < 3 && DateTime.UtcNow < deadline)
    {
        var clock = Stopwatch.StartNew();
        using var response = await client.GetAsync(new Uri("healthz", UriKind.Relative));
        quick = clock.ElapsedMilliseconds < 50 ? quick + 1 : 0;
        await Task.Delay(500);
    }
}

static WrkResult Wrk(Uri address, string? cookie, int connections)
{
    var arguments = new List<string> { "-t", Math.Min(connections, 2).ToString(CultureInfo.InvariantCulture), "-c", connections.ToString(CultureInfo.InvariantCulture), "-d", "20s", "--latency" };
    if (cookie is not null)
    {
        arguments.AddRange(["-H", $"Cookie: {cookie}"]);
    }

    if (File.Exists("bench/p95.lua"))
    {
        arguments.AddRange(["-s", "bench/p95.lua"]);
    }

    arguments.Add(address.ToString());
    var info = new ProcessStartInfo("wrk", arguments) { RedirectStandardOutput = true, UseShellExecute = false };
    using var process = Process.Start(info)!;
    var output = process.StandardOutput.ReadToEnd();
    process.WaitForExit();
    Console.Error.WriteLine(output);
    if (Regex.IsMatch(output, @"Non-2xx or 3xx responses"))
    {
        throw new InvalidOperationException($"wrk saw failed responses for {address}:\n{output}");
    }

    double Percentile(string p) => Milliseconds(Regex.Match(output, $@"^\s+{p}%\s+(\S+)", RegexOptions.Multiline).Groups[1].Value);
    var rps = double.Parse(Regex.Match(output, @"Requests/sec:\s+(\S+)").Groups[1].Value, CultureInfo.InvariantCulture);

    // wrk prints 50/75/90/99 percentiles; p95 lies between 90 and 99 and is read from the detailed line when present.
    var p95 = Regex.Match(output, @"^\s+95(?:\.000)?%\s+(\S+)", RegexOptions.Multiline) is { Success: true } m ? Milliseconds(m.Groups[1].Value) : (Percentile("90") + Percentile("99")) / 2;
    return new WrkResult(rps, Percentile("50"), Percentile("90"), p95, Percentile("99"));
}

static double Milliseconds(string value)
{
    var number = double.Parse(Regex.Match(value, @"[\d.]+").Value, CultureInfo.InvariantCulture);
    return value.EndsWith("us", StringComparison.Ordinal) ? number / 1000 : value.EndsWith("ms", StringComparison.Ordinal) ? number : number * 1000;
}

static async Task<string> MeasureCircuitsAsync(Uri baseAddress, string cookie, int count)
{
    using var client = new HttpClient { BaseAddress = baseAddress };
    client.DefaultRequestHeaders.Add("Cookie", cookie);

    using var playwright = await Playwright.CreateAsync();
    await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium",
        Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseAddress.ToString() });
    var name = cookie[..cookie.IndexOf('=', StringComparison.Ordinal)];
    await context.AddCookiesAsync([new Microsoft.Playwright.Cookie { Name = name, Value = cookie[(name.Length + 1)..], Domain = baseAddress.Host, Path = "/" }]);

    async Task OpenAsync(int circuits)
    {
        for (var i = 0; i < circuits; i++)
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(Environment.GetEnvironmentVariable("CIRCUIT_PATH") ?? "/");
            await page.WaitForSelectorAsync("[data-testid=interactive]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
        }
    }

    // The slope between a few circuits and many, each measured after a full collection, so that
    // what the process had already (pools, caches, the load before) cancels out.
    var warm = Math.Max(5, count / 5);
    await OpenAsync(warm);
    var first = await client.GetFromJsonAsync<Snapshot>(new Uri("api/v1/diagnostics", UriKind.Relative));
    await OpenAsync(count);
    var second = await client.GetFromJsonAsync<Snapshot>(new Uri("api/v1/diagnostics", UriKind.Relative));
    var added = second!.OpenCircuits - first!.OpenCircuits;
    var perCircuit = (second.ManagedHeapBytes - first.ManagedHeapBytes) / (double)added;
    return string.Create(CultureInfo.InvariantCulture,
        $"Interactive overview circuits: {first.OpenCircuits} open, then {second.OpenCircuits}; managed heap after a full collection {first.ManagedHeapBytes / 1048576.0:0.0} MB, then {second.ManagedHeapBytes / 1048576.0:0.0} MB: {perCircuit / 1024:0} KB per circuit.");
}

internal sealed record WrkResult(double RequestsPerSecond, double P50, double P90, double P95, double P99);

internal sealed record Snapshot(int OpenCircuits, long ManagedHeapBytes, long WorkingSetBytes);
