using System.Globalization;
using MudBlazor.Services;
using ProgrammaPlanner.Core;
using ProgrammaPlanner.Documents;
using ProgrammaPlanner.Web;
using ProgrammaPlanner.Web.Aanmelding;
using ProgrammaPlanner.Web.Components;
using ProgrammaPlanner.Web.Endpoints;

var dutch = Opmaak.Nl;
CultureInfo.DefaultThreadCurrentCulture = dutch;
CultureInfo.DefaultThreadCurrentUICulture = dutch;

var builder = WebApplication.CreateBuilder(AppFolder.Options(args));
var connectionString = builder.Configuration.GetConnectionString("ProgrammaPlanner")
    ?? $"Data Source={Path.Combine(builder.Environment.ContentRootPath, "data", "programmaplanner.db")}";
builder.Services.AddMail(builder.Configuration); // before the core, whose default is no mail
builder.Services.AddProgrammaPlannerCore(connectionString);
builder.Services.AddProgrammaplanDocuments(builder.Configuration);

if (CommandLine.IsVerb(args))
{
    // No web server for a command-line verb: the same configuration and core services, acting as the installation
    // itself (whoever runs it already holds the database file).
    builder.Services.AddScoped<ProgrammaPlanner.Core.Pipeline.ICurrentUser>(_ => ProgrammaPlanner.Core.Pipeline.Systeem.Gebruiker);
    using var cli = builder.Build();
    if (args[0] == CopyToPostgresVerb.Name && CopyToPostgresVerb.SourceProblem(connectionString) is { } bron)
    {
        Console.Error.WriteLine(bron);
        return 1;
    }
    if (MigrateOrSay(cli.Services) is { } cliExit) return cliExit;
    return await CommandLine.RunAsync(args, cli.Services, Console.Out, Console.Error);
}

builder.Services.AddRazorComponents().AddInteractiveServerComponents();
// Snackbars appear and go at once: while fading, their text briefly fails the WCAG contrast check.
builder.Services.AddMudServices(o =>
{
    o.SnackbarConfiguration.ShowTransitionDuration = 0;
    o.SnackbarConfiguration.HideTransitionDuration = 0;
});
builder.Services.AddDutchMudTexts();
builder.Services.AddScoped<ProgrammaPlanner.Web.Components.Shared.CommandRunner>();
builder.Services.AddDeelnemen(builder.Configuration);
builder.Services.AddAanmelding(builder.Configuration, builder.Environment);
builder.Services.AddVersieafdrukker(); // the kept copies of a version, printed right after it is frozen or vastgesteld
builder.Services.AddHostedService<ProgrammaChangesListenerService>(); // on PostgreSQL: the other app instances' changes

var app = builder.Build();
if (MigrateOrSay(app.Services) is { } exit) return exit;
await SampleLoader.LoadIfEmptyAsync(app.Services, app.Configuration, app.Logger);
await EersteStart.RichInAsync(app);

// Users never see a stack trace, not even in Development.
app.UseExceptionHandler("/Error", createScopeForErrors: true);
app.UseProxyHeaders(); // the client's address from a configured reverse proxy, before HTTPS redirection and the rate limits
if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
    app.UseHttpsRedirection();
}
app.UseBeveiligingsheaders();
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseRequestLocalization("nl-NL");
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.UseDutchBadRequestPage(); // a refused form post (expired page, posted twice) answers in Dutch
app.UseAntiforgery();

app.MapStaticAssets();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
// Every endpoint besides the pages: one file per core area in Endpoints/. The Gebruikers endpoints set their own
// authorization, because signing out must also work for a session that has already ended.
app.MapGebruikers();
// Downloads need a signed-in user; the core checks the membership of each programma.
var downloads = app.MapGroup("").RequireAuthorization();
downloads.MapProgrammas();
downloads.MapProgrammaplan();
downloads.MapBijeenkomsten();
downloads.MapPlanversies();
downloads.MapVoortgang();
downloads.MapOntwikkelopgaven();

await app.RunAsync();
return 0;

// An unusable database file (checked by the migrator before it writes) stops the web start and every verb alike:
// one Dutch sentence, no stack trace, nothing changed.
static int? MigrateOrSay(IServiceProvider services)
{
    try
    {
        services.MigrateProgrammaPlannerDatabase();
        return null;
    }
    catch (InvalidOperationException e) // the migrator's Dutch sentence: an unusable file or a failed script
    {
        Console.Error.WriteLine(e.Message);
        return 1;
    }
}

public partial class Program;
