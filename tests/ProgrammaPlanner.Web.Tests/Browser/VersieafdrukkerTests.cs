using MediatR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ProgrammaPlanner.Core;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Planversies;
using ProgrammaPlanner.Core.Programmas;
using ProgrammaPlanner.Documents;

namespace ProgrammaPlanner.Web.Tests.Browser;

/// <summary>
/// The copies of a version are printed and kept by the freeze and by the deciding approval themselves, not when someone first opens the
/// version: the app's services as the web host registers them, with nobody looking at any page.
/// </summary>
[Category("Browser")]
public class VersieafdrukkerTests
{
    [Test]
    public async Task Freeze_TheCopyTheBoardsReceiveIsKept_ThenTheDecidingApproval_TheVastgesteldCopy_WithoutAnyPageOpened()
    {
        await BrowserFixture.BrowserAsync(); // skipped with a reason without Chromium, failed when CI=true
        var bestand = Path.Combine(Path.GetTempPath(), $"programmaplanner-afdruk-{Guid.NewGuid():N}.db");
        var services = new ServiceCollection()
            .AddLogging()
            .AddScoped<ICurrentUser>(_ => Systeem.Gebruiker)
            .AddProgrammaPlannerCore($"Data Source={bestand}")
            .AddProgrammaplanDocuments(new ConfigurationBuilder().AddEnvironmentVariables().Build())
            .AddVersieafdrukker()
            .BuildServiceProvider();
        try
        {
            services.MigrateProgrammaPlannerDatabase();
            var json = await File.ReadAllTextAsync(Path.Combine(TestContext.CurrentContext.TestDirectory, "samples", "amsterdam-centrum.json"));
            var id = (await SendAsync(services, new ImportProgramma.Command(json, "amsterdam-centrum.json"))).ProgrammaId;
            var afdrukker = services.GetRequiredService<Versieafdrukker>();
            await afdrukker.StartAsync(CancellationToken.None);

            var nummer = await SendAsync(services, new FreezePlanversie.Command(id, "Voor de besturen"));
            var documenten = await WachtOpAsync(services, id, nummer, 2);
            Assert.That(documenten.Select(d => (d.Status, d.Formaat)), Is.EquivalentTo(new[]
            {
                (PlanversieStatus.TerBesluitvorming, Versiedocument.Pdf), (PlanversieStatus.TerBesluitvorming, Versiedocument.Docx),
            }));

            var v = await SendAsync(services, new GetPlanversie.Query(id, nummer));
            foreach (var p in v.Versie.Partners)
                await SendAsync(services, new RecordPapierenGoedkeuring.Command(id, nummer, p.PartnerId, p.BestuurderNaam,
                    Tijd.Vandaag(TimeProvider.System), "Getekend"));
            documenten = await WachtOpAsync(services, id, nummer, 4);
            Assert.That(documenten.Count(d => d.Status == PlanversieStatus.Vastgesteld), Is.EqualTo(2), "the vastgesteld copy, both formats");
            await afdrukker.StopAsync(CancellationToken.None);
        }
        finally
        {
            await services.DisposeAsync();
            foreach (var f in new[] { bestand, bestand + "-wal", bestand + "-shm" })
                if (File.Exists(f)) File.Delete(f);
        }
    }

    private static async Task<IReadOnlyList<Versiedocument>> WachtOpAsync(IServiceProvider services, long id, int nummer, int aantal)
    {
        for (var i = 0; i < 120; i++)
        {
            var documenten = (await SendAsync(services, new GetPlanversie.Query(id, nummer))).Documenten;
            if (documenten.Count >= aantal) return documenten;
            await Task.Delay(250);
        }
        Assert.Fail($"After 30 s version {nummer} has not {aantal} kept copies.");
        return [];
    }

    private static async Task<T> SendAsync<T>(IServiceProvider services, IRequest<T> request)
    {
        using var scope = services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }
}
