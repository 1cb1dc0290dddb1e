using Dashboard.Core;
using Dashboard.Core.Sharing;
using Dashboard.Core.Timeline;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Dashboard.IntegrationTests.Sharing;

/// <summary>The timeline data of shared pages, kept for a few seconds per link and view, then read again.</summary>
public sealed class SharedSliceCacheTests(SharingApp app) : IClassFixture<SharingApp>
{
    [Fact]
    public async Task WithinTheInterval_AnEditIsNotYetShown_AndAfterItTheSliceIsReadAgain()
    {
        var clock = new ManualClock();
        using var memory = new MemoryCache(new MemoryCacheOptions());
        var cache = new SharedSliceCache(
            app.Factory.Services.GetRequiredService<TimelineQueries>(),
            memory,
            app.Factory.Services.GetRequiredService<IOptionsMonitor<DashboardOptions>>(),
            clock);
        var created = await app.CreateLinkAsync("?supplier=JP");
        var link = (await app.Links.OpenAsync(created.Token, null))!;
        var title = app.TitlesOf("JP")[0];
        var id = await app.ReportIdAsync(title);

        var first = await cache.GetAsync(link, TimelineRequest.Default);
        await app.EditReportAsync(id, r => r.Title = "Edited: " + title);
        var withinInterval = await cache.GetAsync(link, TimelineRequest.Default);
        clock.Advance(TimeSpan.FromSeconds(new SharingOptions().SliceCacheSeconds + 1));
        var reloaded = await WaitForAsync(() => cache.GetAsync(link, TimelineRequest.Default), d => d.Cards.Items.Any(c => c.Title == "Edited: " + title));

        Assert.Same(first, withinInterval);
        Assert.Contains(reloaded.Cards.Items, c => c.Title == "Edited: " + title);
    }

    [Fact]
    public async Task EachViewOfALink_IsCachedOnItsOwn()
    {
        using var memory = new MemoryCache(new MemoryCacheOptions());
        var cache = new SharedSliceCache(
            app.Factory.Services.GetRequiredService<TimelineQueries>(),
            memory,
            app.Factory.Services.GetRequiredService<IOptionsMonitor<DashboardOptions>>(),
            new ManualClock());
        var created = await app.CreateLinkAsync("?supplier=CN");
        var link = (await app.Links.OpenAsync(created.Token, null))!;

        var byCategory = await cache.GetAsync(link, TimelineRequest.Default with { Lanes = LaneGrouping.Category });
        var bySupplier = await cache.GetAsync(link, TimelineRequest.Default);

        Assert.NotSame(byCategory, bySupplier);
        Assert.Same(bySupplier, await cache.GetAsync(link, TimelineRequest.Default));
    }

    // The reload after the interval runs in the background while the stale data is served; the
    // first visit after it completes sees the new data.
    private static async Task<TimelineData> WaitForAsync(Func<Task<TimelineData>> read, Func<TimelineData, bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        var data = await read();
        while (!condition(data) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
            data = await read();
        }

        return data;
    }

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => now;

        public void Advance(TimeSpan by) => now += by;
    }
}
