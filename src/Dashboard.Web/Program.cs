using Dashboard.Core;
using Dashboard.Core.Seeding;
using Dashboard.Web.Hosting;

if (args is [HealthProbe.Command])
{
    return await HealthProbe.RunAsync();
}

// "migrate" brings the database up to date and exits: a deployment step that runs once before the
// instances start (docker-compose.yml), instead of every instance migrating on its own.
var migrateOnly = args is [MigrateCommand.Name, ..];
var builder = WebApplication.CreateBuilder(migrateOnly ? args[1..] : args);

builder.Services.AddDashboardCore(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddDashboardWeb(builder.Configuration, builder.Environment);

var app = builder.Build();

var startup = await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
if (migrateOnly)
{
    return MigrateCommand.Report(startup);
}

app.UseDashboardPipeline();
StartupBanner.PrintWhenListening(app, startup);

await app.RunAsync();
return 0;

/// <summary>The app's entry point; public so that the test hosts can start it.</summary>
public partial class Program;
