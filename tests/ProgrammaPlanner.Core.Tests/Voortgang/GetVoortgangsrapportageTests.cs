using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Projecten;
using ProgrammaPlanner.Core.Voortgang;

namespace ProgrammaPlanner.Core.Tests.Voortgang;

public class GetVoortgangsrapportageTests
{
    [Test]
    public async Task TheYear_ProjectsWithTheirYearStatus_MijlpalenOfThatYear_BegrootAgainstBesteedPerPartner()
    {
        await using var app = TestApp.Create();
        var p = await new PlanBuilder(app, startjaar: 2026, eindjaar: 2028)
            .WithPartner("Civic", PartnerRol.Penvoerder).WithPartner("Dock")
            .WithProject("Huiskamers", "Civic", ["Civic", "Dock"])
            .WithMijlpaal("Huiskamers", "Eerste huiskamer open", new DateOnly(2026, 3, 1), "gehaald")
            .WithMijlpaal("Huiskamers", "Derde huiskamer open", new DateOnly(2026, 11, 1))
            .WithMijlpaal("Huiskamers", "Evaluatie", new DateOnly(2027, 6, 1))
            .WithInzet("Huiskamers", "Civic", 2026, "subsidie", 10_000m, 100m)
            .WithInzet("Huiskamers", "Civic", 2026, "eigen middelen", 2_000.50m)
            .WithInzet("Huiskamers", "Dock", 2027, "subsidie", 5_000m)
            .BuildAsync();
        var project = p.Projecten["Huiskamers"];
        await app.Db.InTransactionAsync(async (c, tx) =>
        {
            await Uitvoering.WriteBestedingAsync(c, tx, project, p.Partners["Civic"], 2026, 13_250.25m, 90m);
            await Uitvoering.WriteBestedingAsync(c, tx, project, p.Partners["Dock"], 2027, 4_000m, 0m);
            await Uitvoering.WriteJaarstatusAsync(c, tx, project, 2026, ProjectJaarstatus.Vertraagd, "Pand in Oost pas in 2027 beschikbaar");
            var derde = await Dapper.SqlMapper.ExecuteScalarAsync<long>(c, "SELECT id FROM mijlpaal WHERE titel = 'Derde huiskamer open'", transaction: tx);
            await Uitvoering.WriteMijlpaalVoortgangAsync(c, tx, derde, MijlpaalStatus.Vertraagd, new DateOnly(2027, 2, 1));
            return 0;
        }, CancellationToken.None);

        var r = await app.SendAsync(new GetVoortgangsrapportage.Query(p.ProgrammaId, 2026));

        var h = r.Projecten.Single();
        Assert.That((h.Naam, h.Trekker, h.Jaarstatus, h.Toelichting),
            Is.EqualTo(("Huiskamers", "Civic", ProjectJaarstatus.Vertraagd, "Pand in Oost pas in 2027 beschikbaar")));
        Assert.That(h.Mijlpalen.Select(m => (m.Titel, m.Status, m.NieuweDatum)), Is.EqualTo(new[]
        {
            ("Eerste huiskamer open", "gehaald", (DateOnly?)null),
            ("Derde huiskamer open", MijlpaalStatus.Vertraagd, new DateOnly(2027, 2, 1)),
        }), "only the mijlpalen of 2026; the 2027 evaluatie is next year's");
        Assert.That(r.Budget.Select(b => (b.Partner, b.BegrootEuro, b.BesteedEuro, b.BegrootUren, b.BesteedUren)), Is.EqualTo(new[]
        {
            ("Civic", 12_000.50m, 13_250.25m, 100m, 90m),
        }), "Dock had nothing budgeted or spent in 2026");
        Assert.That((r.BegrootEuro, r.BesteedEuro, r.Budget[0].VerschilEuro), Is.EqualTo((12_000.50m, 13_250.25m, 1_249.75m)));
        Assert.That(r.Ronde, Is.Null);
        Assert.That(r.Partners[0].Naam, Is.EqualTo("Civic"), "the penvoerder first: it speaks for the coalition");

        var volgendJaar = await app.SendAsync(new GetVoortgangsrapportage.Query(p.ProgrammaId, 2027));
        Assert.That(volgendJaar.Projecten.Single().Mijlpalen.Select(m => m.Titel), Is.EqualTo(new[] { "Derde huiskamer open", "Evaluatie" }),
            "a mijlpaal moved into 2027 is reported there too");
        Assert.That(volgendJaar.Projecten.Single().Jaarstatus, Is.Null);
        Assert.That(volgendJaar.Projecten.Single().VorigeJaarstatus, Is.EqualTo(ProjectJaarstatus.Vertraagd), "last year's, to compare with");
        Assert.That(volgendJaar.Budget.Select(b => (b.Partner, b.BesteedEuro, b.VorigJaarBesteedEuro)), Is.EqualTo(new[]
        {
            ("Civic", 0m, 13_250.25m), ("Dock", 4_000m, 0m),
        }));
    }

    [Test]
    public async Task AYearOutsideTheProgrammePeriod_IsNotFound_InDutch()
    {
        await using var app = TestApp.Create();
        var id = await app.CreateProgrammaAsync(start: 2026, eind: 2028);

        var e = Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new GetVoortgangsrapportage.Query(id, 2029)));

        Assert.That(e!.Message, Is.EqualTo("Er is geen voortgangsrapportage over 2029: het programma loopt van 2026 tot en met 2028."));
    }

    [Test]
    public async Task BesluitenAndPlanwijzigingen_OnlyThoseOfTheYear_ByTheDutchCalendarDay()
    {
        await using var app = TestApp.Create();
        var p = await new PlanBuilder(app, startjaar: 2026, eindjaar: 2028).WithPartner("Civic", PartnerRol.Penvoerder).BuildAsync();
        await using (var c = await app.Db.OpenAsync())
        {
            var args = new { p.ProgrammaId };
            foreach (var (titel, datum, besluiten) in new[]
            {
                ("Dialoogtafel 2025", "2025-12-15", new[] { "Te vroeg" }),
                ("Werkbijeenkomst maart", "2026-03-10", new[] { "Buurtkamers gaan door", "Budget herverdeeld" }),
                ("Oudjaarsbijeenkomst", "2026-12-31", new[] { "Evaluatie in januari" }),
                ("Nieuwjaarsbijeenkomst", "2027-01-01", new[] { "Te laat" }),
            })
            {
                var id = await Dapper.SqlMapper.ExecuteScalarAsync<long>(c,
                    """
                    INSERT INTO bijeenkomst (programma_id, soort, titel, datum, begintijd, eindtijd)
                    VALUES (@ProgrammaId, 'werkbijeenkomst', @titel, @datum, '10:00', '12:00') RETURNING id
                    """, new { p.ProgrammaId, titel, datum });
                foreach (var tekst in besluiten)
                    await Dapper.SqlMapper.ExecuteAsync(c, "INSERT INTO besluit (programma_id, bijeenkomst_id, tekst) VALUES (@ProgrammaId, @id, @tekst)",
                        new { p.ProgrammaId, id, tekst });
            }
            foreach (var (nummer, status, vastgelegd, besloten) in new[]
            {
                (1, "vervangen", "2025-06-01T10:00:00.000Z", (string?)"2025-07-01"), // all in 2025
                (2, "vastgesteld", "2025-11-01T10:00:00.000Z", "2026-01-20"),        // decided in 2026
                (3, "concept", "2026-12-31T23:30:00.000Z", null),                    // 1 January 2027 in the Netherlands
            })
                await Dapper.SqlMapper.ExecuteAsync(c,
                    """
                    INSERT INTO planversie (programma_id, nummer, status, snapshot, hash, toelichting, vastgelegd_op, vastgelegd_door, besloten_op)
                    VALUES (@ProgrammaId, @nummer, @status, '{}', 'x', @toelichting, @vastgelegd, 'F. Facilitator', @besloten)
                    """, new { p.ProgrammaId, nummer, status, toelichting = $"Versie {nummer}", vastgelegd, besloten });
        }

        var r2026 = await app.SendAsync(new GetVoortgangsrapportage.Query(p.ProgrammaId, 2026));
        Assert.That(r2026.Besluiten.Select(b => (b.Datum, b.Bijeenkomst, b.Tekst)), Is.EqualTo(new[]
        {
            (new DateOnly(2026, 3, 10), "Werkbijeenkomst maart", "Buurtkamers gaan door"),
            (new DateOnly(2026, 3, 10), "Werkbijeenkomst maart", "Budget herverdeeld"),
            (new DateOnly(2026, 12, 31), "Oudjaarsbijeenkomst", "Evaluatie in januari"),
        }), "in date order, then in the order they were taken");
        Assert.That(r2026.Planwijzigingen.Select(v => (v.Nummer, v.VastgelegdOp, v.BeslotenOp)), Is.EqualTo(new[]
        {
            (2, new DateOnly(2025, 11, 1), (DateOnly?)new DateOnly(2026, 1, 20)),
        }), "frozen in 2025 but decided in 2026; version 3 was frozen on 1 January 2027, Dutch time");

        var r2027 = await app.SendAsync(new GetVoortgangsrapportage.Query(p.ProgrammaId, 2027));
        Assert.That(r2027.Besluiten.Select(b => b.Tekst), Is.EqualTo(new[] { "Te laat" }));
        Assert.That(r2027.Planwijzigingen.Select(v => (v.Nummer, v.VastgelegdOp)), Is.EqualTo(new[] { (3, new DateOnly(2027, 1, 1)) }));
    }
}
