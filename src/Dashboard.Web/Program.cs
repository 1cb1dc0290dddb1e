using Dashboard.Core;
using Dashboard.Core.Seeding;
using Dashboard.Web.Hosting;

if (args is [HealthProbe.Command])
{
    return await HealthProbe.RunAsync();
}

// "migrate" brings the database up to date and exits: a deployment step that runs once before the
// instances start (docker-compose.yml), instead of every instance migrating on its own.
// "seed-synthetic --reports N --seed S" fills the database with synthetic reports for load tests.
var command = args is [MigrateCommand.Name or SeedSyntheticCommand.Name, ..] ? args[0] : null;
var options = command is SeedSyntheticCommand.Name ? SeedSyntheticCommand.Parse(args[1..]) : null;
var builder = WebApplication.CreateBuilder(command is null ? args : options?.RemainingArguments ?? args[1..]);

builder.Services.AddDashboardCore(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddDashboardWeb(builder.Configuration, builder.Environment);

var app = builder.Build();

var startup = await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
switch (command)
{
    case MigrateCommand.Name:
        return MigrateCommand.Report(startup);
    case SeedSyntheticCommand.Name:
        return await SeedSyntheticCommand.RunAsync(app.Services, options!, startup);
}

app.UseDashboardPipeline();
StartupBanner.PrintWhenListening(app, startup);

await app.RunAsync();
return 0;

/// <summary>The app's entry point; public so that the test hosts can start it.</summary>
public partial class Program;
