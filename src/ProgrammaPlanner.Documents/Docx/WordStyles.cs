using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ProgrammaPlanner.Documents.Docx;

/// <summary>
/// The styles part: Word's own heading styles (Heading1–3 with outline levels, so Word's inhoudsopgave works),
/// Title/Subtitle for the cover, a TableGrid table style, a small Klein style, list paragraphs and the inhoudsopgave
/// lines (TOC1–2). Child elements in schema order.
/// </summary>
internal static class WordStyles
{
    public const string Lettertype = "Arial";
    public const string Accent = "1F4E79";

    public static Styles Maak() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = Lettertype, HighAnsi = Lettertype, ComplexScript = Lettertype, EastAsia = Lettertype },
                new FontSize { Val = "20" }, new FontSizeComplexScript { Val = "20" }, new Languages { Val = "nl-NL" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { After = "120", Line = "276", LineRule = LineSpacingRuleValues.Auto }))),
        Paragraaf("Normal", "Normal", isDefault: true),
        Kop(1, 32, 480, 240),
        Kop(2, 26, 360, 120),
        Kop(3, 22, 240, 80),
        Kop(4, 20, 160, 40),
        Paragraaf("Title", "Title", grootte: 56, vet: true, kleur: Accent),
        Paragraaf("Subtitle", "Subtitle", grootte: 28, kleur: "4A5563"),
        Paragraaf("Klein", "Klein", grootte: 16, kleur: "4A5563"),
        Paragraaf("Inleiding", "Inleiding", grootte: 22, kleur: "4A5563"),
        Alinea("Lijstalinea", "List Paragraph", new SpacingBetweenLines { After = "60" }),
        Alinea("TOC1", "toc 1", new Tabs(Leider()), new SpacingBetweenLines { Before = "120", After = "40" }),
        Alinea("TOC2", "toc 2", new Tabs(Leider()), new SpacingBetweenLines { After = "20" }, new Indentation { Left = "440" }),
        new Style(
            new StyleName { Val = "Table Grid" },
            new BasedOn { Val = "TableNormal" },
            new UIPriority { Val = 59 },
            new StyleParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
            new StyleRunProperties(new FontSize { Val = "17" }, new FontSizeComplexScript { Val = "17" }),
            new StyleTableProperties(
                new TableBorders(
                    Rand<TopBorder>(), Rand<LeftBorder>(), Rand<BottomBorder>(), Rand<RightBorder>(),
                    Rand<InsideHorizontalBorder>(), Rand<InsideVerticalBorder>()),
                new TableCellMarginDefault(
                    new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 80, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 80, Type = TableWidthValues.Dxa })))
        { Type = StyleValues.Table, StyleId = "TableGrid" },
        new Style(new StyleName { Val = "Normal Table" }, new UIPriority { Val = 99 }, new SemiHidden(), new UnhideWhenUsed(),
            new StyleTableProperties(new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa }))
        { Type = StyleValues.Table, StyleId = "TableNormal", Default = true });

    /// <summary>A border of the given kind (top, left, ...): thin, light blue-grey.</summary>
    public static T Rand<T>() where T : BorderType, new() => new() { Val = BorderValues.Single, Size = 4, Space = 0, Color = "C5CFDB" };

    /// <summary>A paragraph style with its own paragraph properties (list items, inhoudsopgave lines), based on Normal.</summary>
    private static Style Alinea(string id, string naam, params OpenXmlElement[] eigenschappen) => new(
        new StyleName { Val = naam },
        new BasedOn { Val = "Normal" },
        new UIPriority { Val = 39 },
        new StyleParagraphProperties(eigenschappen))
    { Type = StyleValues.Paragraph, StyleId = id };

    /// <summary>The right tab with dots to the page number of an inhoudsopgave line.</summary>
    private static TabStop Leider() => new() { Val = TabStopValues.Right, Leader = TabStopLeaderCharValues.Dot, Position = WordBuilder.Breedte };

    private static Style Kop(int niveau, int grootte, int voor, int na) => new(
        new StyleName { Val = $"heading {niveau}" },
        new BasedOn { Val = "Normal" },
        new NextParagraphStyle { Val = "Normal" },
        new UIPriority { Val = 9 },
        new PrimaryStyle(),
        new StyleParagraphProperties(new KeepNext(), new KeepLines(),
            new SpacingBetweenLines { Before = voor.ToString(), After = na.ToString() },
            new OutlineLevel { Val = niveau - 1 }),
        new StyleRunProperties(new Bold(), new Color { Val = niveau >= 3 ? "1D2733" : Accent },
            new FontSize { Val = grootte.ToString() }, new FontSizeComplexScript { Val = grootte.ToString() }))
    { Type = StyleValues.Paragraph, StyleId = $"Heading{niveau}" };

    private static Style Paragraaf(string id, string naam, bool isDefault = false, int? grootte = null, bool vet = false, string? kleur = null)
    {
        var run = new StyleRunProperties();
        if (vet) run.Append(new Bold());
        if (kleur is not null) run.Append(new Color { Val = kleur });
        if (grootte is { } g) run.Append(new FontSize { Val = g.ToString() }, new FontSizeComplexScript { Val = g.ToString() });
        var style = new Style(new StyleName { Val = naam }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault) style.Default = OnOffValue.FromBoolean(true);
        else style.InsertAfter(new BasedOn { Val = "Normal" }, style.StyleName);
        if (run.HasChildren) style.Append(run);
        return style;
    }
}
