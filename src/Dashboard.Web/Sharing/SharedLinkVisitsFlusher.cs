using Dashboard.Core;
using Dashboard.Core.Sharing;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Sharing;

/// <summary>
/// Writes the visits of share links counted in memory (<see cref="ShareLinkVisits"/>) every few
/// seconds (<c>Dashboard:Sharing:AccessFlushSeconds</c>), and once more when the app stops.
/// </summary>
public sealed class SharedLinkVisitsFlusher(ShareLinkVisits visits, IOptionsMonitor<DashboardOptions> options) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seconds = Math.Max(1, options.CurrentValue.Sharing.AccessFlushSeconds);
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(seconds));
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await visits.FlushAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the last flush follows in StopAsync.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await visits.FlushAsync(cancellationToken);
    }
}
