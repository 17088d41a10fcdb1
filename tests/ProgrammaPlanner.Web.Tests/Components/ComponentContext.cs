using Bunit;
using MediatR;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MudBlazor;
using MudBlazor.Services;
using ProgrammaPlanner.Core;
using ProgrammaPlanner.Core.Meldingen;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Programmas;
using ProgrammaPlanner.Web.Components.Shared;

namespace ProgrammaPlanner.Web.Tests.Components;

/// <summary>
/// bUnit with the real core over a fresh, migrated SQLite file, MudBlazor and the app's CommandRunner. The forms are
/// tested as the installation itself (no sign-in); who may do what is tested in the core and the browser tests.
/// </summary>
public sealed class ComponentContext : IAsyncDisposable
{
    public BunitContext Bunit { get; } = new();
    public string DatabaseFile { get; } = AppProcess.NewDatabaseFile();

    /// <param name="mail">The mail server the core mails through; by default none.</param>
    public ComponentContext(MailSettings? mail = null)
    {
        Bunit.JSInterop.Mode = JSRuntimeMode.Loose;
        Bunit.Services.AddScoped<ICurrentUser>(_ => Systeem.Gebruiker);
        if (mail is not null) Bunit.Services.AddSingleton(mail);
        Bunit.Services.AddProgrammaPlannerCore($"Data Source={DatabaseFile}");
        Bunit.Services.AddMudServices();
        Bunit.Services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        Bunit.Services.AddScoped<CommandRunner>();
        Bunit.Services.AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());
        Bunit.Services.MigrateProgrammaPlannerDatabase();
        Bunit.Render<MudPopoverProvider>(); // MudSelect needs it
    }

    public Task<T> SendAsync<T>(IRequest<T> request) => Bunit.Services.GetRequiredService<IMediator>().Send(request);

    public async Task<long> CreateProgrammaAsync(string naam = "Samen Oost") =>
        (await SendAsync(new CreateProgramma.Command(naam, "", "Amsterdam-Oost", 2026, 2028, Fase.Ontwikkelfase, "", ""))).ProgrammaId;

    public async ValueTask DisposeAsync()
    {
        await Bunit.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var f in new[] { DatabaseFile, DatabaseFile + "-wal", DatabaseFile + "-shm" })
            if (File.Exists(f)) File.Delete(f);
    }
}

public static class MudInputExtensions
{
    /// <summary>The input of a MudBlazor field, found through its visible label (as a user finds it).</summary>
    public static AngleSharp.Dom.IElement Veld<T>(this IRenderedComponent<T> cut, string label) where T : Microsoft.AspNetCore.Components.IComponent
    {
        var l = cut.FindAll("label").Single(x => x.TextContent.Trim() == label);
        return cut.Find($"#{l.GetAttribute("for")}");
    }

    /// <summary>The error text MudBlazor shows under the field with this label.</summary>
    public static string Melding<T>(this IRenderedComponent<T> cut, string label) where T : Microsoft.AspNetCore.Components.IComponent
    {
        var l = cut.FindAll("label").Single(x => x.TextContent.Trim() == label);
        var control = l.Closest(".mud-input-control")!;
        return control.QuerySelector(".mud-input-helper-text.mud-input-error")?.TextContent.Trim() ?? "";
    }
}
