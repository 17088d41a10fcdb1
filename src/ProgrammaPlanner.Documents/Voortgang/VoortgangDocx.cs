using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ProgrammaPlanner.Core.Planversies;
using ProgrammaPlanner.Core.Stand;
using ProgrammaPlanner.Core.Voortgang;
using ProgrammaPlanner.Documents.Docx;

namespace ProgrammaPlanner.Documents.Voortgang;

/// <summary>The voortgangsrapportage as an editable Word document, with the programmaplan's styles and table builder.</summary>
public static class VoortgangDocx
{
    /// <param name="versie">The frozen version the report was read from; null for the live concept.</param>
    /// <param name="grafieken">Per doelstelling its chart as PNG (<see cref="Grafiekbeelden"/>); without one the chart's figures stand alone.</param>
    public static byte[] Maak(GetVoortgangsrapportage.Rapportage r, Versie? versie = null, IReadOnlyDictionary<long, byte[]>? grafieken = null)
    {
        var m = new VoortgangModel(r, versie);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Title = XmlTekst.Schoon($"{m.Titel} {r.Programma.Naam}");
            document.PackageProperties.Creator = XmlTekst.Schoon(m.Auteur);
            document.PackageProperties.Language = "nl-NL";
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = WordStyles.Maak();
            var body = new Body();
            var w = new WordBuilder(body, main);
            var beelden = 0;
            if (m.Banner is { } banner) w.Alinea(banner, cursief: true);
            w.Alinea(m.Titel, "Title");
            w.Alinea($"{m.Kenmerk} · {Opmaak.Hoofdletter(r.Programma.Fase)}", "Subtitle");
            w.Alinea(m.Versieregel, vet: true);

            w.Alinea("Samenvatting", "Heading1");
            w.Opsomming([m.Standsamenvatting, m.Projectstand, m.Budgetstand, m.Ronde]);

            w.Alinea("Stand per speerpunt en doelstelling", "Heading1");
            w.Alinea($"Per doelstelling de realisatie van {r.Jaar} tegen de streefwaarde: behaald als die gehaald is, op koers als het verschil " +
                     "kleiner is dan 10% van de streefwaarde, anders achter; zonder realisatie geen meting. Alleen geaccepteerde cijfers tellen mee.");
            foreach (var s in r.Stand.Speerpunten)
            {
                var oordeel = m.Speerpunt(s);
                w.Alinea(s.Naam, "Heading2");
                w.Alinea($"{Opmaak.Hoofdletter(oordeel.Status ?? StandStatus.GeenMeting)} – {oordeel.Regel}");
                foreach (var d in s.Doelstellingen)
                {
                    var nu = VoortgangModel.InJaar(d, r.Jaar);
                    w.Kop3(d.Naam);
                    w.Alinea($"{r.Jaar}: {nu.Status ?? StandStatus.GeenMeting} – {nu.Regel}");
                    if (r.Jaar > r.Programma.Startjaar)
                        w.Alinea($"{r.Jaar - 1}: {VoortgangModel.InJaar(d, r.Jaar - 1).Status ?? StandStatus.GeenMeting}", cursief: true);
                    if (grafieken?.GetValueOrDefault(d.Id) is { } png)
                        body.Append(WordAfbeelding.Maak(main, png, Grafiekbeelden.Breedte, StandGrafiek.Beschrijving(d), (uint)++beelden));
                    // The chart's figures as a table too: readable without the picture, and copyable.
                    var k = WordBuilder.Breedte / 4;
                    w.Tabel([k, k, k, WordBuilder.Breedte - 3 * k],
                        [new("Jaar"), new("Streefwaarde", Rechts: true), new("Realisatie", Rechts: true), new("Stand")],
                        d.Jaren.Select(j => (IReadOnlyList<Cel>)[new(j.Jaar.ToString(Opmaak.Nl)),
                            new(j.Streefwaarde is { } sw ? Standregel.Waarde(sw.Waarde, d.Eenheid) : "–", Rechts: true),
                            new(j.Realisatie is { } rw ? Standregel.Waarde(rw, d.Eenheid) : "–", Rechts: true),
                            new(j.Oordeel.Status ?? StandStatus.GeenMeting)]));
                    w.Alinea(StandGrafiek.Beschrijving(d));
                }
            }

            w.Alinea("Projecten", "Heading1");
            if (r.Projecten.Count == 0) w.Alinea($"In {r.Jaar} liep geen project.");
            else
            {
                var k = WordBuilder.Breedte / 6;
                w.Tabel([2 * k, k, k, k, WordBuilder.Breedte - 5 * k],
                    [new("Project"), new("Trekker"), new(m.HeeftVorigJaar ? (r.Jaar - 1).ToString(Opmaak.Nl) : ""), new(r.Jaar.ToString(Opmaak.Nl)),
                        new("Toelichting")],
                    r.Projecten.Select(p => (IReadOnlyList<Cel>)[new($"{p.Naam}{(p.Doorbraak ? " (doorbraakproject)" : "")}, nu {p.Status}"),
                        new(p.Trekker), new(m.HeeftVorigJaar ? p.VorigeJaarstatus ?? "–" : ""), new(p.Jaarstatus ?? "geen opgave"),
                        new(p.Toelichting.Length > 0 ? p.Toelichting : "–")]));
                w.Kop3($"Mijlpalen in {r.Jaar}");
                var mijlpalen = r.Projecten.SelectMany(p => p.Mijlpalen.Select(x => (p, x))).ToList();
                if (mijlpalen.Count == 0) w.Alinea($"Geen mijlpalen in {r.Jaar}.");
                else
                    w.Tabel([2 * k, k + k / 2, WordBuilder.Breedte - 3 * k - k / 2], [new("Mijlpaal"), new("Project"), new("Stand")],
                        mijlpalen.Select(x => (IReadOnlyList<Cel>)[new(x.x.Titel), new(x.p.Naam), new(Aandachtspunten.Mijlpaal(x.x))]));
            }

            w.Alinea("Begroot en besteed", "Heading1");
            if (r.Budget.Count == 0) w.Alinea($"Voor {r.Jaar} is geen inzet begroot of besteed.");
            else
            {
                var k = WordBuilder.Breedte / 8;
                w.Tabel([WordBuilder.Breedte - 6 * k, k, k, k, k, k, k],
                    [new("Partner"), new("Begroot", Rechts: true), new("Besteed", Rechts: true), new("Verschil", Rechts: true),
                        new("Uren begroot", Rechts: true), new("Uren besteed", Rechts: true),
                        new(m.HeeftVorigJaar ? $"Besteed {r.Jaar - 1}" : "", Rechts: true)],
                    r.Budget.Select(b => (IReadOnlyList<Cel>)[new(b.Partner), new(Opmaak.Geld(b.BegrootEuro), Rechts: true),
                        new(Opmaak.Geld(b.BesteedEuro), Rechts: true), new(VoortgangModel.Verschil(b.VerschilEuro, Opmaak.Geld), Rechts: true),
                        new(Opmaak.Uren(b.BegrootUren), Rechts: true), new(Opmaak.Uren(b.BesteedUren), Rechts: true),
                        new(m.HeeftVorigJaar ? Opmaak.Geld(b.VorigJaarBesteedEuro) : "", Rechts: true)])
                    .Append([new("Totaal"), new(Opmaak.Geld(r.BegrootEuro), Rechts: true), new(Opmaak.Geld(r.BesteedEuro), Rechts: true),
                        new(VoortgangModel.Verschil(r.BesteedEuro - r.BegrootEuro, Opmaak.Geld), Rechts: true),
                        new(Opmaak.Uren(r.BegrootUren), Rechts: true), new(Opmaak.Uren(r.BesteedUren), Rechts: true),
                        new(m.HeeftVorigJaar ? Opmaak.Geld(r.VorigJaarBesteedEuro) : "", Rechts: true)]));
            }

            if (r.Maatwerk is { } mw)
            {
                w.Alinea(VoortgangMaatwerk.Kop, "Heading1");
                w.Alinea(VoortgangMaatwerk.Inleiding(r.Jaar) + (mw.BedragenZichtbaar ? "" : " " + VoortgangMaatwerk.Verborgen));
                var koppen = VoortgangMaatwerk.Koppen(mw, r.Jaar);
                var k = WordBuilder.Breedte / (koppen.Count + 1);
                w.Tabel([WordBuilder.Breedte - (koppen.Count - 1) * k, .. Enumerable.Repeat(k, koppen.Count - 1)],
                    koppen.Select((x, i) => new Cel(x, Rechts: i > 0)).ToList(),
                    mw.Groepen.Select(g => (IReadOnlyList<Cel>)VoortgangMaatwerk.Rij(mw, g).Select((x, i) => new Cel(x, Rechts: i > 0)).ToList()));
                w.Kop3($"Regels opzij gezet in {r.Jaar}");
                if (VoortgangMaatwerk.Regels(mw) is { Count: > 0 } regels) w.Opsomming(regels);
                else w.Alinea($"Geen regels opzij gezet in {r.Jaar}.");
            }

            w.Alinea($"Besluiten en planwijzigingen in {r.Jaar}", "Heading1");
            if (r.Besluiten.Count == 0 && r.Planwijzigingen.Count == 0) w.Alinea($"Geen besluiten of planwijzigingen vastgelegd in {r.Jaar}.");
            if (r.Besluiten.Count > 0)
            {
                w.Kop3("Besluiten");
                w.Opsomming(r.Besluiten.Select(b => $"{b.Tekst} ({b.Bijeenkomst}, {Opmaak.Datum(b.Datum)})"));
            }
            if (r.Planwijzigingen.Count > 0)
            {
                w.Kop3("Planversies");
                w.Opsomming(r.Planwijzigingen.Select(VoortgangModel.Planwijziging));
            }

            w.Alinea("Voor de volgende dialoogtafel", "Heading1");
            if (m.Aandachtspunten.Count == 0)
                w.Alinea("Geen vertraagde of gestopte projecten, vertraagde mijlpalen, overschrijdingen of ontbrekende rapportages.");
            else w.Opsomming(m.Aandachtspunten);

            if (versie is not null)
            {
                w.Alinea("Besluitvorming", "Heading1");
                w.Alinea($"Versie {versie.Nummer} van deze rapportage is vastgelegd op {Opmaak.Datum(Tijd.Dag(versie.VastgelegdOp))} door " +
                         $"{versie.VastgelegdDoor}{(versie.Toelichting.Length > 0 ? $" ({versie.Toelichting})" : "")} en ter besluitvorming " +
                         "voorgelegd aan de besturen van de partners.");
                var k = WordBuilder.Breedte / 4;
                w.Tabel([k, k, WordBuilder.Breedte - 2 * k], [new("Partner"), new("Bestuurder"), new("Besluit")],
                    versie.Partners.Select(p => (IReadOnlyList<Cel>)[new(p.Naam), new(p.BestuurderNaam.Length > 0 ? p.BestuurderNaam : "–"),
                        new(VoortgangModel.Besluit(p))]));
                w.Alinea($"Vingerafdruk (SHA-256) van deze versie: {versie.Hash}");
            }

            body.Append(new SectionProperties(new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 1247, Right = 1134, Bottom = 1134, Left = 1134, Header = 567, Footer = 567, Gutter = 0 }));
            main.Document = new Document(body);
        }
        return stream.ToArray();
    }
}
