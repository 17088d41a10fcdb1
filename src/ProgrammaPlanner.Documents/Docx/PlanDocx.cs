using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ProgrammaPlanner.Core.Hoofdstukken;
using Plan = ProgrammaPlanner.Core.Programmaplan.GetProgrammaplan;

namespace ProgrammaPlanner.Documents.Docx;

/// <summary>
/// The programmaplan as an editable Word document with the same structure as the PDF: the same numbered
/// headings (Word heading styles, so Word builds the inhoudsopgave from the TOC field), tables with repeating
/// head rows, money right-aligned, and a "Pagina N van M" footer from the second page on.
/// </summary>
public static partial class PlanDocx
{
    public static byte[] Maak(Plan.Programmaplan plan, PlanOpties opties, Verslag.PlanBijlage? bijlage = null,
        Wijzigingen.WijzigingenBijlage? wijzigingen = null)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Title = XmlTekst.Schoon($"Programmaplan {plan.Programma.Naam}");
            document.PackageProperties.Creator = XmlTekst.Schoon(plan.Partners.FirstOrDefault(p => p.Rol == "penvoerder")?.Naam ?? "ProgrammaPlanner");
            document.PackageProperties.Language = "nl-NL";
            document.PackageProperties.Subject = XmlTekst.Schoon($"{opties.Versie} ({opties.Status})");

            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = WordStyles.Maak();
            // Word refreshes the TOC field (page numbers) when the document is opened.
            main.AddNewPart<DocumentSettingsPart>().Settings = new Settings(new UpdateFieldsOnOpen { Val = true });
            var voet = main.AddNewPart<FooterPart>();
            voet.Footer = Voettekst(opties.Voetregel($"Programmaplan {plan.Programma.Naam}"));

            var body = new Body();
            var w = new WordBuilder(body, main);
            var indeling = Indeling.Van(plan, wijzigingen, bijlage);
            Omslag(w, plan, opties);
            Inhoudsopgave(w, indeling);
            foreach (var h in indeling.Hoofdstukken)
            {
                if (h != indeling.Hoofdstukken[0]) w.Paginaeinde(); // the inhoudsopgave ends with one
                switch (h.Soort)
                {
                    case Hoofdstuksoort.Aanleiding: Aanleiding(w, plan, indeling); break;
                    case Hoofdstuksoort.Speerpunten: Speerpunten(w, plan, indeling); break;
                    case Hoofdstuksoort.Projecten: Projecten(w, plan, indeling); break;
                    case Hoofdstuksoort.Leren: Leren(w, plan.Leren!, indeling); break;
                    case Hoofdstuksoort.Roadmap: Roadmap(w, plan, indeling); break;
                    case Hoofdstuksoort.Samenwerking: Samenwerking(w, plan, indeling); break;
                    case Hoofdstuksoort.Financien: Financien(w, plan, indeling); break;
                    case Hoofdstuksoort.Monitoring: Monitoring(w, plan, indeling); break;
                    case Hoofdstuksoort.Ondertekening: Ondertekening(w, plan, opties, indeling); break;
                    default: Hoofdstuk(w, h, plan, opties); break;
                }
            }
            foreach (var b in indeling.Bijlagen)
            {
                if (b.Bijlage is Wijzigingen.WijzigingenBijlage x) x.Schrijf(w, b);
                else if (b.Bijlage is Verslag.PlanBijlage h) h.Schrijf(w, b);
            }
            if (indeling.Colofon is { } colofon)
            {
                w.Paginaeinde();
                Hoofdstuk(w, colofon, plan, opties);
            }
            var sectie = new SectionProperties(opties.Watermerk ? WordWatermerk.Voeg(main) : []); // headers before the footer, as the schema orders them
            sectie.Append(
                new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(voet) },
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 1247, Right = 1134, Bottom = 1134, Left = 1134, Header = 567, Footer = 567, Gutter = 0 },
                new TitlePage()); // no footer on the cover (the watermark is on it too)
            body.Append(sectie);
            main.Document = new Document(body);
        }
        return stream.ToArray();
    }

    private static void Omslag(WordBuilder w, Plan.Programmaplan plan, PlanOpties opties)
    {
        var p = plan.Programma;
        w.Alinea("PROGRAMMAPLAN", "Subtitle");
        w.Alinea(p.Naam, "Title");
        if (p.Motto.Length > 0) w.Alinea(p.Motto, "Subtitle");
        w.Kenmerken(("Gebied", Of(p.Gebied)), ("Periode", $"{p.Startjaar} – {p.Eindjaar}"), ("Fase", Opmaak.Hoofdletter(p.Fase)),
            ("Versie", opties.Versie), ("Status", Opmaak.Hoofdletter(opties.Status)), ("Datum", Opmaak.Datum(opties.Datum)));
        w.Alinea("Een samenwerking van", vet: true);
        w.Opsomming(plan.Partners.Select(x => x.Naam));
        if (opties.Markering is { } markering) w.Alinea(markering, vet: true);
        w.Paginaeinde();
    }

    /// <summary>
    /// A real TOC field over heading levels 1–2 whose result is already written: one line per heading of the Indeling,
    /// so the inhoudsopgave is never empty when opened. Word updates it (and adds the page numbers) on opening, as the
    /// settings ask; LibreOffice shows the lines as written and updates them on request. Each line links to its heading's bookmark.
    /// </summary>
    private static void Inhoudsopgave(WordBuilder w, Indeling indeling)
    {
        w.Alinea("Inhoudsopgave", "Title");
        var koppen = indeling.Alle.Where(k => k.Niveau <= 2).ToList();
        for (var i = 0; i < koppen.Count; i++)
        {
            var regel = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = $"TOC{koppen[i].Niveau}" }));
            if (i == 0)
                regel.Append(new Run(new FieldChar { FieldCharType = FieldCharValues.Begin, Dirty = true }),
                    new Run(new FieldCode(@" TOC \o ""1-2"" \h \z \u ") { Space = SpaceProcessingModeValues.Preserve }),
                    new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }));
            regel.Append(new Hyperlink(WordBuilder.Run(koppen[i].Tekst, vet: koppen[i].Niveau == 1))
            { Anchor = WordBuilder.Bladwijzer(koppen[i]), History = true });
            if (i == koppen.Count - 1) regel.Append(new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
            w.Doel.Append(regel);
        }
        w.Paginaeinde();
    }

    /// <summary>A written or own chapter, as <see cref="Sections.HoofdstukSection"/> shows it.</summary>
    private static void Hoofdstuk(WordBuilder w, Planhoofdstuk h, Plan.Programmaplan plan, PlanOpties opties)
    {
        w.Kop(h.Kop);
        var tekst = h.Geschreven?.Tekst ?? h.Eigen?.Tekst ?? "";
        if (tekst.Trim().Length > 0) w.Alineas(tekst);
        if (Sections.Planteksten.GevraagdBesluit(h) is { } besluit)
            w.Blok(b =>
            {
                b.Kop3("Gevraagd besluit");
                b.Alineas(besluit);
            });
        if (Sections.Planteksten.Kenmerken(h, plan, opties) is { Count: > 0 } kenmerken) w.Kenmerken([.. kenmerken]);
        if (h.Geschreven is not { Rows.Count: > 0 } g || Hoofdstuksoort.Van(h.Soort) is not { } soort) return;
        var breedte = WordBuilder.Breedte / soort.Kolommen.Count;
        w.Bijschrift(Sections.Planteksten.Tabelbijschrift(soort.Soort));
        w.Tabel([.. soort.Kolommen.Select(_ => breedte)], [.. soort.Kolommen.Select(k => new Cel(k.Label))],
            g.Rows.Select(r => (IReadOnlyList<Cel>)[.. soort.Kolommen.Select(k => new Cel(Of(r.Cel(k.Naam))))]));
    }

    private static Footer Voettekst(string tekst) => new(new Paragraph(
        new ParagraphProperties(new ParagraphStyleId { Val = "Klein" },
            new Tabs(new TabStop { Val = TabStopValues.Right, Position = WordBuilder.Breedte })),
        WordBuilder.Run(tekst + "\t" + "Pagina "), Veld("PAGE"), WordBuilder.Run(" van "), Veld("NUMPAGES")));

    private static SimpleField Veld(string naam) => new(WordBuilder.Run("1")) { Instruction = $" {naam} " };

    private static string Of(string s) => s.Length > 0 ? s : "–";
}
