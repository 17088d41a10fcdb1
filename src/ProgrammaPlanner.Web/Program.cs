using System.Globalization;
using MudBlazor.Services;
using ProgrammaPlanner.Core;
using ProgrammaPlanner.Documents;
using ProgrammaPlanner.Web;
using ProgrammaPlanner.Web.Components;
using ProgrammaPlanner.Web.Components.Pages.Planversies;
using ProgrammaPlanner.Web.Components.Pages.Programmaplan;
using ProgrammaPlanner.Web.Endpoints;

var dutch = CultureInfo.GetCultureInfo("nl-NL");
CultureInfo.DefaultThreadCurrentCulture = dutch;
CultureInfo.DefaultThreadCurrentUICulture = dutch;

var builder = WebApplication.CreateBuilder(args);
var connectionString = builder.Configuration.GetConnectionString("ProgrammaPlanner")
    ?? $"Data Source={Path.Combine(builder.Environment.ContentRootPath, "data", "programmaplanner.db")}";
builder.Services.AddProgrammaPlannerCore(connectionString);
builder.Services.AddProgrammaplanDocuments(builder.Configuration);

if (CommandLine.IsVerb(args))
{
    // No web server for a command-line verb: the same configuration and core services, nothing else.
    using var cli = builder.Build();
    cli.Services.MigrateProgrammaPlannerDatabase();
    return await CommandLine.RunAsync(args, cli.Services, Console.Out, Console.Error);
}

builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddMudServices();
builder.Services.AddScoped<ProgrammaPlanner.Web.Components.Shared.CommandRunner>();
builder.Services.AddDeelnemen(builder.Configuration);

var app = builder.Build();
app.Services.MigrateProgrammaPlannerDatabase();
await SampleLoader.LoadIfEmptyAsync(app.Services, app.Configuration, app.Logger);

// Users never see a stack trace, not even in Development.
app.UseExceptionHandler("/Error", createScopeForErrors: true);
if (!app.Environment.IsDevelopment()) app.UseHsts();
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseRequestLocalization("nl-NL");
app.UseRateLimiter();
app.UseAntiforgery();

app.MapStaticAssets();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.MapProgrammaplan();
app.MapExportEndpoints();
app.MapBijeenkomstEndpoints();
app.MapPlanversies();

await app.RunAsync();
return 0;

public partial class Program;
