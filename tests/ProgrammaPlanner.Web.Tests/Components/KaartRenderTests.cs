using System.Diagnostics;
using Bunit;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using ProgrammaPlanner.Core;
using ProgrammaPlanner.Core.Bijeenkomsten;
using ProgrammaPlanner.Core.Partners;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Web.Components.Pages.Bijeenkomsten;

namespace ProgrammaPlanner.Web.Tests.Components;

/// <summary>
/// A wall of 3,000 cards, on the beamer and on the facilitator's wall: a new bijdrage or a clustered card renders that card,
/// not the 3,000 others. Prints the time of a reload (query, render and diff) for the README's figures.
/// </summary>
public class KaartRenderTests
{
    private const int Aantal = 3000;

    [Test]
    public async Task Beamer_3000Cards_NewAndClusteredCard_OnlyThoseRender()
    {
        await using var ctx = new ComponentContext();
        var (programmaId, bijeenkomstId, partnerId) = await GroteWandAsync(ctx);
        var cut = ctx.Bunit.Render<Beamer>(p => p.Add(x => x.ProgrammaId, programmaId).Add(x => x.BijeenkomstId, bijeenkomstId));
        cut.WaitForState(() => Teller(cut) == $"{Aantal} bijdragen", TimeSpan.FromSeconds(60));
        await MeetAsync(ctx, cut, cut.FindComponents<BeamerKaart>().ToList(), programmaId, bijeenkomstId, partnerId, () => Teller(cut), "beamer");
    }

    [Test]
    public async Task Wand_3000Cards_NewAndClusteredCard_OnlyThoseRender()
    {
        await using var ctx = new ComponentContext();
        var (programmaId, bijeenkomstId, partnerId) = await GroteWandAsync(ctx);
        var cut = ctx.Bunit.Render<Wand>(p => p.Add(x => x.ProgrammaId, programmaId).Add(x => x.BijeenkomstId, bijeenkomstId));
        cut.WaitForState(() => cut.FindAll("[data-testid=wand-aantal]").Count == 1, TimeSpan.FromSeconds(60));
        string Tekst() => cut.Find("[data-testid=wand-aantal]").TextContent.Split('·')[0].Trim();
        Assert.That(Tekst(), Is.EqualTo($"{Aantal} bijdragen"));
        await MeetAsync(ctx, cut, cut.FindComponents<BijdrageCard>().ToList(), programmaId, bijeenkomstId, partnerId, Tekst, "wand");
    }

    private static string Teller(IRenderedComponent<Beamer> cut) =>
        cut.FindAll("[data-testid=beamer-aantal]") is [var e] ? e.TextContent.Trim() : "";

    private static async Task MeetAsync<TPage, TKaart>(ComponentContext ctx, IRenderedComponent<TPage> cut, List<IRenderedComponent<TKaart>> kaarten,
        long programmaId, long bijeenkomstId, long partnerId, Func<string> aantal, string naam)
        where TPage : Microsoft.AspNetCore.Components.IComponent where TKaart : Microsoft.AspNetCore.Components.IComponent
    {
        Assert.That(kaarten, Has.Count.EqualTo(Aantal));
        Assert.That(kaarten.Select(k => k.RenderCount).Distinct(), Is.EqualTo(new[] { 1 }));

        // What a phone's bijdrage does: a row, then "programma changed" (SubmitBijdrage publishes it through the pipeline).
        var klok = Stopwatch.StartNew();
        await using (var c = new SqliteConnection($"Data Source={ctx.DatabaseFile}"))
            await c.ExecuteAsync("INSERT INTO bijdrage (programma_id, bijeenkomst_id, soort, tekst, partner_id, ingediend_op) " +
                "VALUES (@programmaId, @bijeenkomstId, 'idee', 'Nog een idee', @partnerId, '2026-03-12T19:45:00')",
                new { programmaId, bijeenkomstId, partnerId });
        ctx.Bunit.Services.GetRequiredService<ProgrammaChanges>().Publish(programmaId);
        cut.WaitForState(() => aantal() == $"{Aantal + 1} bijdragen", TimeSpan.FromSeconds(30));
        NUnit.Framework.TestContext.Out.WriteLine($"{naam}: nieuwe bijdrage bij {Aantal} kaarten: herladen en renderen {klok.ElapsedMilliseconds} ms");
        Assert.That(kaarten.Where(k => k.RenderCount > 1), Is.Empty, "the 3,000 cards that did not change did not render again");

        var eerste = (await ctx.SendAsync(new ListBijdragen.Query(programmaId, bijeenkomstId)))[0];
        klok.Restart();
        await ctx.SendAsync(new ClusterBijdragen.Command(programmaId, bijeenkomstId, "Zwemmen", [new(eerste.Id, eerste.Version)]));
        // Polled rather than WaitForState: bUnit re-parses the markup of 3,000 cards on every render it is told of.
        for (var i = 0; i < 300 && kaarten[0].RenderCount < 2; i++) await Task.Delay(100);
        Assert.That(kaarten[0].RenderCount, Is.GreaterThan(1), "the clustered card renders again");
        NUnit.Framework.TestContext.Out.WriteLine($"{naam}: één kaart geclusterd: herladen en renderen {klok.ElapsedMilliseconds} ms");
        Assert.That(kaarten.Skip(1).Where(k => k.RenderCount > 1), Is.Empty);

        klok.Restart();
        for (var i = 0; i < 5; i++) await ctx.SendAsync(new ListBijdragen.Query(programmaId, bijeenkomstId));
        NUnit.Framework.TestContext.Out.WriteLine($"{naam}: ListBijdragen van {Aantal + 1} kaarten: {klok.ElapsedMilliseconds / 5.0:0.0} ms");
    }

    /// <summary>A session with 3,000 bijdragen, written in one go in SQL: a command per card would time the test, not the page.</summary>
    private static async Task<(long ProgrammaId, long BijeenkomstId, long PartnerId)> GroteWandAsync(ComponentContext ctx)
    {
        var programmaId = await ctx.CreateProgrammaAsync();
        var partnerId = await ctx.SendAsync(new AddPartner.Command(programmaId, "Stichting DOCK", "welzijn", PartnerRol.Partner, "", "", "", "", ""));
        var bijeenkomstId = await ctx.SendAsync(new CreateBijeenkomst.Command(programmaId, BijeenkomstSoort.Dialoogtafel, "Grote tafel",
            new DateOnly(2026, 3, 12), new TimeOnly(19, 30), new TimeOnly(21, 30), "Buurthuis", "", "", [partnerId], []));
        await using var c = new SqliteConnection($"Data Source={ctx.DatabaseFile}");
        await c.OpenAsync();
        await using var tx = c.BeginTransaction();
        var soorten = BijdrageSoort.Alle;
        await c.ExecuteAsync(
            "INSERT INTO bijdrage (programma_id, bijeenkomst_id, soort, tekst, partner_id, naam, cluster, ingediend_op) " +
            "VALUES (@programmaId, @bijeenkomstId, @soort, @tekst, @partnerId, 'Fatima', @cluster, '2026-03-12T19:40:00')",
            Enumerable.Range(0, Aantal).Select(i => new
            {
                programmaId, bijeenkomstId, partnerId, soort = soorten[i % soorten.Count],
                tekst = $"Bijdrage {i}: meer plekken voor jongeren in de buurt", cluster = i % 3 == 0 ? "" : $"Cluster {i % 40}",
            }), tx);
        await tx.CommitAsync();
        return (programmaId, bijeenkomstId, partnerId);
    }
}
