using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ProgrammaPlanner.Core.Bijeenkomsten;
using ProgrammaPlanner.Documents.Docx;

namespace ProgrammaPlanner.Documents.Verslag;

/// <summary>The verslag as an editable Word document, with the programmaplan's styles and table builder.</summary>
public static class VerslagDocx
{
    public static byte[] Maak(GetVerslag.Verslag verslag)
    {
        var m = new VerslagModel(verslag);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Title = XmlTekst.Schoon(m.Titel);
            document.PackageProperties.Creator = XmlTekst.Schoon(verslag.Programma);
            document.PackageProperties.Language = "nl-NL";
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = WordStyles.Maak();
            var body = new Body();
            var w = new WordBuilder(body, main);
            w.Alinea(m.Titel, "Title");
            w.Alinea($"{verslag.Programma} · {m.Kenmerk}", "Subtitle");
            if (m.B.Vraagstelling.Length > 0) w.Alinea($"Vraagstelling: {m.B.Vraagstelling}");

            w.Alinea("Aanwezig", "Heading1");
            w.Kenmerken(("Uitgenodigd", m.Uitgenodigd), ("Aanwezig", m.Aanwezigen),
                ("Deelnemers", verslag.Deelnemers.Count == 0 ? "–" : string.Join(", ", verslag.Deelnemers.Select(d => d.Naam.Length > 0
                    ? $"{d.Naam} ({d.Partner})" : d.Partner))));

            var b3 = WordBuilder.Breedte / 3;
            w.Alinea("Bijdragen per soort", "Heading1");
            foreach (var (soort, bijdragen) in m.PerSoort)
            {
                w.Kop3($"{VerslagModel.Kop(soort)} ({bijdragen.Count})");
                w.Tabel([b3, b3, WordBuilder.Breedte - 2 * b3], [new("Bijdrage"), new("Partner"), new("Wat ermee gebeurde")],
                    bijdragen.Select(b => (IReadOnlyList<Cel>)[new(m.Tekst(b)), new(b.Partner), new(m.Geworden(b))]));
            }

            var k = WordBuilder.Breedte / 7;
            w.Alinea("Bijdragen per partner", "Heading1");
            w.Tabel([WordBuilder.Breedte - 5 * k, k, k, k, k, k],
                [new("Partner"), .. BijdrageSoort.Alle.Select(s => new Cel(Opmaak.Hoofdletter(s), Rechts: true)), new("Totaal", Rechts: true)],
                m.PerPartner.Select(p => (IReadOnlyList<Cel>)[new(p.Partner), .. p.PerSoort.Select(n => new Cel(n.ToString(Opmaak.Nl), Rechts: true)),
                    new(p.Totaal.ToString(Opmaak.Nl), Rechts: true)]));

            foreach (var r in verslag.Stemrondes)
            {
                w.Alinea($"Stemronde {r.Nummer}", "Heading1");
                w.Alinea($"{r.Stemmers} deelnemers stemden, elk met {r.StemmenPerDeelnemer} stemmen.");
                w.Tabel([k, WordBuilder.Breedte - 2 * k, k], [new("Plaats", Rechts: true), new("Bijdrage"), new("Stemmen", Rechts: true)],
                    r.Uitslag.Select((u, i) => (IReadOnlyList<Cel>)[new((i + 1).ToString(Opmaak.Nl), Rechts: true), new(m.BijdrageTekst(u.BijdrageId)),
                        new(u.Stemmen.ToString(Opmaak.Nl), Rechts: true)]));
            }

            BeslisuitslagDocx.Voeg(w, verslag.Beslisuitslag);

            w.Alinea("Besluiten", "Heading1");
            if (m.B.Besluiten.Count == 0) w.Alinea("Geen besluiten genomen.");
            else w.Opsomming(m.B.Besluiten.Select(b => b.Tekst), genummerd: true);

            w.Alinea("Actiepunten", "Heading1");
            if (m.B.Actiepunten.Count == 0) w.Alinea("Geen actiepunten.");
            else
            {
                var a = WordBuilder.Breedte / 5;
                w.Tabel([WordBuilder.Breedte - 3 * a, a, a, a], [new("Actiepunt"), new("Eigenaar"), new("Deadline"), new("Status")],
                    m.B.Actiepunten.Select(x => (IReadOnlyList<Cel>)[new(x.Omschrijving), new(x.EigenaarTekst), new(Opmaak.Datum(x.Deadline)), new(x.Status)]));
            }
            body.Append(new SectionProperties(new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 1247, Right = 1134, Bottom = 1134, Left = 1134, Header = 567, Footer = 567, Gutter = 0 }));
            main.Document = new Document(body);
        }
        return stream.ToArray();
    }
}
