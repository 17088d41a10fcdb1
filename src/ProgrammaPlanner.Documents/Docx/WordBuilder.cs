using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ProgrammaPlanner.Documents.Docx;

/// <summary>Small builders for the body: paragraphs, headings, key/value lists and tables. Elements in schema order.</summary>
internal sealed class WordBuilder(Body body)
{
    /// <summary>Usable width of A4 with 2 cm margins, in twentieths of a point.</summary>
    public const int Breedte = 11906 - 2 * 1134;

    public Paragraph Alinea(string tekst, string? stijl = null, bool vet = false, bool cursief = false, JustificationValues? uitlijning = null)
    {
        var p = new Paragraph(Eigenschappen(stijl, uitlijning), Run(tekst, vet, cursief));
        body.Append(p);
        return p;
    }

    public void Alineas(string tekst, string leeg = "(nog niet ingevuld)")
    {
        var alineas = Opmaak.Alineas(tekst);
        if (alineas.Count == 0) Alinea(leeg, "Klein");
        foreach (var a in alineas) Alinea(a);
    }

    public void Kop(Kop kop) => Alinea(kop.Tekst, $"Heading{kop.Niveau}");

    public void Kop3(string tekst) => Alinea(tekst, "Heading3");

    public void Opsomming(IEnumerable<string> items, bool genummerd = false)
    {
        var n = 0;
        foreach (var item in items) Alinea((genummerd ? $"{++n}.\t" : "•\t") + item).ParagraphProperties!
            .Append(new Indentation { Left = "360", Hanging = "360" });
    }

    public void Kenmerken(params (string Naam, string Waarde)[] regels) =>
        Tabel([2400, Breedte - 2400], null, regels.Select(r => new[] { new Cel(r.Naam, Vet: true), new Cel(r.Waarde) }), randloos: true);

    public void Paginaeinde() => body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));

    public Body Body => body;

    /// <summary>A TableGrid table; the head row repeats on every page and no row splits across pages.</summary>
    public void Tabel(IReadOnlyList<int> kolommen, IReadOnlyList<Cel>? kop, IEnumerable<IReadOnlyList<Cel>> rijen,
        IReadOnlyList<Cel>? totaal = null, bool randloos = false)
    {
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
        body.Append(tabel);
        body.Append(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "120" })));
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
            var run = Run(cel.Tekst, vet || cel.Vet || kopRij);
            if (kopRij) run.RunProperties!.Append(new Color { Val = "FFFFFF" });
            var alinea = Eigenschappen(null, cel.Rechts ? JustificationValues.Right : null);
            if (cel.Vulling is not null) alinea.PrependChild(new KeepNext()); // a group row stays with its first row (Word keeps rows together this way)
            rij.Append(new TableCell(tcPr, new Paragraph(alinea, run)));
        }
        return rij;
    }

    private static ParagraphProperties Eigenschappen(string? stijl, JustificationValues? uitlijning)
    {
        var p = new ParagraphProperties();
        if (stijl is not null) p.Append(new ParagraphStyleId { Val = stijl });
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

/// <summary>One table cell: text, bold, right-aligned (money and numbers), and a fill for a group row (hex colour).</summary>
internal sealed record Cel(string Tekst, bool Vet = false, bool Rechts = false, string? Vulling = null);
