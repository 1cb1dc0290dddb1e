using Dashboard.Core;
using Dashboard.Core.Seeding;
using Dashboard.Web.Hosting;

if (args is [HealthProbe.Command])
{
    return await HealthProbe.RunAsync();
}

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddDashboardCore(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddDashboardWeb(builder.Configuration, builder.Environment);

var app = builder.Build();

app.UseDashboardPipeline();

var startup = await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
StartupBanner.PrintWhenListening(app, startup);

await app.RunAsync();
return 0;

/// <summary>The app's entry point; public so that the test hosts can start it.</summary>
public partial class Program;
