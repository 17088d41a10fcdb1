using System.Diagnostics;
using Bunit;
using Dapper;
using MediatR;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MudBlazor;
using MudBlazor.Services;
using ProgrammaPlanner.Core;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Partners;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Programmas;
using ProgrammaPlanner.Web.Components.Pages.Partners;
using ProgrammaPlanner.Web.Components.Shared;

namespace ProgrammaPlanner.Web.Tests.Components;

/// <summary>
/// A real full disk: the database on a small tmpfs that a filler file has filled up. Saving then fails inside SQLite
/// (SQLITE_FULL); the user is told in Dutch that nothing was saved, and once there is room again nothing half is found.
/// </summary>
public sealed class DiskFullTests
{
    private string _folder = "";

    [SetUp]
    public void Mount()
    {
        if (Environment.UserName != "root") Storingstest.NietUitvoerbaar("Een kleine tmpfs koppelen (mount) voor een volle schijf vraagt root.");
        _folder = Path.Combine(Path.GetTempPath(), "programmaplanner-webtests", $"vol-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_folder);
        Run("mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", _folder);
    }

    [TearDown]
    public void Unmount()
    {
        if (_folder == "") return;
        SqliteConnection.ClearAllPools();
        Run("umount", _folder);
        Directory.Delete(_folder);
    }

    [Test]
    public async Task SavePartner_DiskFull_SaysNothingWasSavedAndWritesNothing()
    {
        var file = Path.Combine(_folder, "plan.db");
        await using var bunit = new BunitContext();
        bunit.JSInterop.Mode = JSRuntimeMode.Loose;
        bunit.Services.AddScoped<ICurrentUser>(_ => Systeem.Gebruiker);
        bunit.Services.AddProgrammaPlannerCore($"Data Source={file}");
        bunit.Services.AddMudServices();
        bunit.Services.AddLogging(b => b.SetMinimumLevel(LogLevel.Critical));
        bunit.Services.AddScoped<CommandRunner>();
        bunit.Services.MigrateProgrammaPlannerDatabase();
        bunit.Render<MudPopoverProvider>();
        var mediator = bunit.Services.GetRequiredService<IMediator>();
        var id = (await mediator.Send(new CreateProgramma.Command("Samen Oost", "", "Amsterdam-Oost", 2026, 2028, Fase.Ontwikkelfase, "", ""))).ProgrammaId;
        var db = bunit.Services.GetRequiredService<Db>();
        var before = await CountAllAsync(db);
        await FillDiskAsync(db);

        var cut = bunit.Render<PartnerForm>(p => p.Add(x => x.ProgrammaId, id));
        cut.Veld("Naam").Change("Stichting DOCK");
        await cut.Find("form").SubmitAsync();

        var snackbar = bunit.Services.GetRequiredService<ISnackbar>();
        cut.WaitForAssertion(() => Assert.That(snackbar.ShownSnackbars.Select(s => s.Message),
            Is.EqualTo(new[] { "Er ging iets mis; er is niets opgeslagen. Probeer het opnieuw." })));
        File.Delete(Path.Combine(_folder, "vulling"));
        Assert.That(await CountAllAsync(db), Is.EqualTo(before), "nothing half written");
        Assert.That(await mediator.Send(new ListPartners.Query(id)), Is.Empty);
    }

    [Test]
    [NUnit.Framework.Category("Browser")] // runs the app as a process
    public async Task ImportVerb_DiskFull_SaysNothingWasSavedWithoutAStackTrace()
    {
        var file = Path.Combine(_folder, "plan.db");
        var db = new Db($"Data Source={file}");
        DatabaseMigrator.Migrate(db);
        await using var open = await db.OpenAsync(); // keeps the -shm file while the disk is full, as a running web app would
        await FillDiskAsync(db);
        var before = await CountAllAsync(db);
        var sample = Path.Combine(NUnit.Framework.TestContext.CurrentContext.TestDirectory, "samples", "samen-noord.json");

        var (exitCode, output, error) = await AppProcess.RunVerbAsync(file, "import", "--file", sample);

        Assert.That(exitCode, Is.Not.Zero);
        Assert.That(error, Does.StartWith("Niet uitgevoerd: de database kon niet worden bijgewerkt").And.Contain("er is niets opgeslagen"));
        Assert.That(output + error, Does.Not.Contain("   at "), "no stack trace");
        File.Delete(Path.Combine(_folder, "vulling"));
        Assert.That(await CountAllAsync(db), Is.EqualTo(before), "nothing half written");
    }

    /// <summary>Empties the write-ahead log into the database (so a write must grow it), then fills every free byte.</summary>
    private async Task FillDiskAsync(Db db)
    {
        await using (var c = await db.OpenAsync())
            await c.ExecuteAsync("PRAGMA wal_checkpoint(TRUNCATE);");
        await using var filler = new FileStream(Path.Combine(_folder, "vulling"), FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0);
        var block = new byte[4096];
        try
        {
            while (true) filler.Write(block);
        }
        catch (IOException)
        {
            // the disk is full
        }
    }

    private static async Task<Dictionary<string, long>> CountAllAsync(Db db)
    {
        await using var c = await db.OpenAsync();
        var tables = await c.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'table'");
        var counts = new Dictionary<string, long>();
        foreach (var t in tables) counts[t] = await c.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM \"{t}\"");
        return counts;
    }

    private static void Run(string program, params string[] args)
    {
        using var p = Process.Start(new ProcessStartInfo(program, args) { RedirectStandardError = true })!;
        p.WaitForExit();
        Assert.That(p.ExitCode, Is.Zero, $"{program} {string.Join(' ', args)}: {p.StandardError.ReadToEnd()}");
    }
}
