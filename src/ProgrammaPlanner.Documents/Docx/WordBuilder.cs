using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ProgrammaPlanner.Documents.Docx;

/// <summary>
/// Small builders for the body (or a table cell): paragraphs, headings, real Word lists, key/value lists, tables and
/// blocks that stay on one page. Elements in schema order.
/// </summary>
internal sealed class WordBuilder(OpenXmlCompositeElement doel, MainDocumentPart main)
{
    /// <summary>Usable width of A4 with 2 cm margins, in twentieths of a point.</summary>
    public const int Breedte = 11906 - 2 * 1134;

    private bool _nieuwePagina;

    public Paragraph Alinea(string tekst, string? stijl = null, bool vet = false, bool cursief = false, JustificationValues? uitlijning = null,
        bool houdBijVolgende = false)
    {
        var eigenschappen = Eigenschappen(stijl, uitlijning, houdBijVolgende, nieuwePagina: _nieuwePagina);
        _nieuwePagina = false;
        var p = new Paragraph(eigenschappen, Run(tekst, vet, cursief));
        doel.Append(p);
        return p;
    }

    /// <summary>
    /// Stored prose in its small markup (<see cref="Opmaaktekst"/>), as the HTML shows it: alineas with line breaks, Word lists,
    /// bold, italic, links.
    /// </summary>
    public void Alineas(string tekst, string leeg = "(nog niet ingevuld)")
    {
        var blokken = Opmaaktekst.Lees(tekst);
        if (blokken.Count == 0) Alinea(leeg, "Klein");
        foreach (var blok in blokken)
        {
            if (blok is Opmaaktekst.Opsomming lijst)
            {
                Pagina();
                var nummer = WordNummering.Lijst(main, lijst.Genummerd);
                foreach (var regel in lijst.Regels)
                    doel.Append(new Paragraph([Eigenschappen("Lijstalinea", null, false, nummer: nummer), .. Stukken(regel)]));
                continue;
            }
            var eigenschappen = Eigenschappen(null, null, false, nieuwePagina: _nieuwePagina);
            _nieuwePagina = false;
            var p = new Paragraph(eigenschappen);
            for (var i = 0; i < blok.Regels.Count; i++)
            {
                if (i > 0) p.Append(new Run(new Break()));
                p.Append(Stukken(blok.Regels[i]));
            }
            doel.Append(p);
        }
    }

    /// <summary>The runs of one line of prose; a link is a Word hyperlink to its address.</summary>
    private IEnumerable<OpenXmlElement> Stukken(IReadOnlyList<Opmaaktekst.Stuk> stukken) => stukken.Select(OpenXmlElement (s) =>
    {
        if (s.Link is null) return Run(s.Tekst, s.Vet, s.Cursief);
        var relatie = main.AddHyperlinkRelationship(new Uri(s.Link, UriKind.Absolute), true);
        var run = Run(s.Tekst);
        run.RunProperties!.Append(new Color { Val = "1F4E79" }, new Underline { Val = UnderlineValues.Single });
        return new Hyperlink(run) { Id = relatie.Id };
    });

    private int _bladwijzers;

    /// <summary>A numbered heading with a bookmark (<see cref="Bladwijzer"/>) the lines of the inhoudsopgave link to.</summary>
    public void Kop(Kop kop)
    {
        var p = Alinea(kop.Tekst, $"Heading{kop.Niveau}");
        var id = (++_bladwijzers).ToString(System.Globalization.CultureInfo.InvariantCulture);
        p.InsertAfter(new BookmarkStart { Id = id, Name = Bladwijzer(kop) }, p.ParagraphProperties);
        p.Append(new BookmarkEnd { Id = id });
    }

    /// <summary>The bookmark name of a heading, in Word's own "_Toc" form (letters, digits and underscores).</summary>
    public static string Bladwijzer(Kop kop) => "_Toc_" + kop.Id.Replace('-', '_');

    public void Kop3(string tekst) => Alinea(tekst, "Heading3");

    public void Kop4(string tekst) => Alinea(tekst, "Heading4");

    /// <summary>The small caption above a table; it stays on the page of the table's first rows.</summary>
    public void Bijschrift(string tekst) => Alinea(tekst, "Klein", houdBijVolgende: true);

    /// <summary>A Word list (numbering part): bullets, or numbers that start at 1 for every list.</summary>
    public void Opsomming(IEnumerable<string> items, bool genummerd = false)
    {
        var lijst = items.ToList();
        if (lijst.Count == 0) return;
        Pagina();
        var nummer = WordNummering.Lijst(main, genummerd);
        for (var i = 0; i < lijst.Count; i++)
            doel.Append(new Paragraph(Eigenschappen("Lijstalinea", null, houdBijVolgende: i < lijst.Count - 1 && lijst.Count <= 4, nummer: nummer),
                Run(lijst[i])));
    }

    public void Kenmerken(params (string Naam, string Waarde)[] regels) =>
        Tabel([2400, Breedte - 2400], null, regels.Select(r => new[] { new Cel(r.Naam, Vet: true), new Cel(r.Waarde) }), randloos: true);

    /// <summary>
    /// The next paragraph starts a page ("page break before"), so a chapter that ends at a page foot leaves no empty page
    /// behind, as a separate break paragraph would. Anything else that comes first gets a plain page break before it.
    /// </summary>
    public void Paginaeinde()
    {
        Pagina();
        _nieuwePagina = true;
    }

    private void Pagina()
    {
        if (!_nieuwePagina) return;
        doel.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
        _nieuwePagina = false;
    }

    /// <summary>Where the next element goes (a pending page break is written first).</summary>
    public OpenXmlCompositeElement Doel
    {
        get
        {
            Pagina();
            return doel;
        }
    }

    /// <summary>
    /// Content that must stay on one page (a signature block): one borderless table of one row that may not split,
    /// which Word and LibreOffice both honour, with the content written into its cell.
    /// </summary>
    public void Blok(Action<WordBuilder> inhoud)
    {
        Pagina();
        var cel = new TableCell(new TableCellProperties(new TableCellWidth { Width = Breedte.ToString(), Type = TableWidthUnitValues.Dxa }));
        inhoud(new WordBuilder(cel, main));
        if (cel.LastChild is not Paragraph) cel.Append(new Paragraph());
        var eigenschappen = new TableProperties(
            new TableWidth { Width = Breedte.ToString(), Type = TableWidthUnitValues.Dxa },
            new TableBorders(Geen<TopBorder>(), Geen<LeftBorder>(), Geen<BottomBorder>(), Geen<RightBorder>(),
                Geen<InsideHorizontalBorder>(), Geen<InsideVerticalBorder>()),
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableCellMarginDefault(new TableCellLeftMargin { Width = 0, Type = TableWidthValues.Dxa },
                new TableCellRightMargin { Width = 0, Type = TableWidthValues.Dxa }));
        doel.Append(new Table(eigenschappen, new TableGrid(new GridColumn { Width = Breedte.ToString() }),
            new TableRow(new TableRowProperties(new CantSplit()), cel)));
        doel.Append(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0" })));
    }

    /// <summary>
    /// A TableGrid table. The head row repeats on every page, no row splits across pages, and the head row keeps with
    /// the first row (its paragraphs "keep with next"), so neither Word nor LibreOffice leaves a head row alone at a page foot.
    /// </summary>
    public void Tabel(IReadOnlyList<int> kolommen, IReadOnlyList<Cel>? kop, IEnumerable<IReadOnlyList<Cel>> rijen,
        IReadOnlyList<Cel>? totaal = null, bool randloos = false)
    {
        Pagina();
        var eigenschappen = new TableProperties(
            new TableStyle { Val = "TableGrid" },
            new TableWidth { Width = kolommen.Sum().ToString(), Type = TableWidthUnitValues.Dxa });
        if (randloos)
            eigenschappen.Append(new TableBorders(Geen<TopBorder>(), Geen<LeftBorder>(), Geen<BottomBorder>(), Geen<RightBorder>(),
                Geen<InsideHorizontalBorder>(), Geen<InsideVerticalBorder>()));
        else
            eigenschappen.Append(new TableBorders(WordStyles.Rand<TopBorder>(), WordStyles.Rand<LeftBorder>(), WordStyles.Rand<BottomBorder>(),
                WordStyles.Rand<RightBorder>(), WordStyles.Rand<InsideHorizontalBorder>(), WordStyles.Rand<InsideVerticalBorder>()));
        eigenschappen.Append(new TableLayout { Type = TableLayoutValues.Fixed });
        var tabel = new Table(eigenschappen, new TableGrid(kolommen.Select(k => new GridColumn { Width = k.ToString() })));
        if (kop is not null) tabel.Append(Row(kolommen, kop, kopRij: true));
        foreach (var rij in rijen) tabel.Append(Row(kolommen, rij));
        if (totaal is not null) tabel.Append(Row(kolommen, totaal, vulling: "E8EEF5", vet: true));
        doel.Append(tabel);
        doel.Append(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "120" })));
    }

    private static TableRow Row(IReadOnlyList<int> kolommen, IReadOnlyList<Cel> cellen, bool kopRij = false, string? vulling = null, bool vet = false)
    {
        var eigenschappen = new TableRowProperties(new CantSplit());
        if (kopRij) eigenschappen.Append(new TableHeader());
        var rij = new TableRow(eigenschappen);
        for (var i = 0; i < cellen.Count; i++)
        {
            var cel = cellen[i];
            // A short row's last cell spans the remaining columns (a group row above the rows it introduces).
            var span = i == cellen.Count - 1 ? kolommen.Count - i : 1;
            var tcPr = new TableCellProperties(new TableCellWidth { Width = kolommen.Skip(i).Take(span).Sum().ToString(), Type = TableWidthUnitValues.Dxa });
            if (span > 1) tcPr.Append(new GridSpan { Val = span });
            var fill = kopRij ? WordStyles.Accent : vulling ?? cel.Vulling;
            if (fill is not null) tcPr.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = fill });
            // A head row and a group row stay with the row after them (Word and LibreOffice keep rows together this way).
            var houd = kopRij || cel.Vulling is not null;
            var cell = new TableCell(tcPr);
            // A line break in the text is a paragraph of its own (a list of mijlpalen in one cell, space to sign).
            foreach (var regel in cel.Tekst.Split('\n'))
            {
                var r = Run(regel, vet || cel.Vet || kopRij);
                if (kopRij) r.RunProperties!.Append(new Color { Val = "FFFFFF" });
                cell.Append(new Paragraph(Eigenschappen(null, cel.Rechts ? JustificationValues.Right : null, houd), r));
            }
            if (cel.Toelichting.Length > 0)
                cell.Append(new Paragraph(Eigenschappen("Klein", cel.Rechts ? JustificationValues.Right : null, houd), Run(cel.Toelichting)));
            rij.Append(cell);
        }
        return rij;
    }

    private static ParagraphProperties Eigenschappen(string? stijl, JustificationValues? uitlijning, bool houdBijVolgende = false, int? nummer = null,
        bool nieuwePagina = false)
    {
        var p = new ParagraphProperties();
        if (stijl is not null) p.Append(new ParagraphStyleId { Val = stijl });
        if (houdBijVolgende) p.Append(new KeepNext());
        if (nieuwePagina) p.Append(new PageBreakBefore());
        if (nummer is { } n) p.Append(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = n }));
        if (uitlijning is { } u) p.Append(new Justification { Val = u });
        return p;
    }

    public static Run Run(string tekst, bool vet = false, bool cursief = false)
    {
        var eigenschappen = new RunProperties();
        if (vet) eigenschappen.Append(new Bold());
        if (cursief) eigenschappen.Append(new Italic());
        return new Run(eigenschappen, new Text(XmlTekst.Schoon(tekst)) { Space = SpaceProcessingModeValues.Preserve });
    }

    private static T Geen<T>() where T : BorderType, new() => new() { Val = BorderValues.None, Size = 0, Space = 0, Color = "auto" };
}

/// <summary>
/// One table cell: text, bold, right-aligned (money and numbers), a fill for a group row (hex colour), and an optional
/// small second line (a doelstelling's description, a contact's e-mail).
/// </summary>
internal sealed record Cel(string Tekst, bool Vet = false, bool Rechts = false, string? Vulling = null, string Toelichting = "");

/// <summary>
/// The numbering part: one bullet list definition and one decimal definition. Every numbered list gets its own
/// instance (restarting at 1); all bullet lists share one.
/// </summary>
internal static class WordNummering
{
    private const int Opsomming = 1, Nummers = 2;

    public static int Lijst(MainDocumentPart main, bool genummerd)
    {
        var numbering = main.NumberingDefinitionsPart?.Numbering ?? Maak(main);
        if (!genummerd) return Opsomming;
        var id = numbering.Elements<NumberingInstance>().Max(n => n.NumberID!.Value) + 1;
        numbering.Append(new NumberingInstance(new AbstractNumId { Val = Nummers },
            new LevelOverride(new StartOverrideNumberingValue { Val = 1 }) { LevelIndex = 0 })
        { NumberID = id });
        return id;
    }

    private static Numbering Maak(MainDocumentPart main)
    {
        var numbering = new Numbering(
            Definitie(Opsomming, NumberFormatValues.Bullet, "•"),
            Definitie(Nummers, NumberFormatValues.Decimal, "%1."),
            new NumberingInstance(new AbstractNumId { Val = Opsomming }) { NumberID = Opsomming });
        main.AddNewPart<NumberingDefinitionsPart>().Numbering = numbering;
        return numbering;
    }

    private static AbstractNum Definitie(int id, NumberFormatValues soort, string tekst) => new(
        new MultiLevelType { Val = MultiLevelValues.SingleLevel },
        new Level(
            new StartNumberingValue { Val = 1 },
            new NumberingFormat { Val = soort },
            new LevelText { Val = tekst },
            new LevelJustification { Val = LevelJustificationValues.Left },
            new PreviousParagraphProperties(new Indentation { Left = "360", Hanging = "360" }),
            new NumberingSymbolRunProperties(new RunFonts { Ascii = WordStyles.Lettertype, HighAnsi = WordStyles.Lettertype }))
        { LevelIndex = 0 })
    { AbstractNumberId = id };
}
