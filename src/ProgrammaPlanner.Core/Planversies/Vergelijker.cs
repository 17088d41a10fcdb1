using System.Globalization;
using ProgrammaPlanner.Core.Hoofdstukken;
using ProgrammaPlanner.Core.Programmaplan;
using P = ProgrammaPlanner.Core.Programmaplan.GetProgrammaplan;

namespace ProgrammaPlanner.Core.Planversies;

public sealed record Wijziging
{
    /// <summary>toegevoegd, verwijderd or gewijzigd.</summary>
    public string Aard { get; init; } = "";
    /// <summary>What kind of item: speerpunt, doelstelling, project, basisvoorwaarde, orgaan, partner, hoofdstuk, eigen hoofdstuk.</summary>
    public string Onderdeel { get; init; } = "";
    public string Naam { get; init; } = "";
    /// <summary>For gewijzigd: each field that differs.</summary>
    public IReadOnlyList<Verschil> Verschillen { get; init; } = [];
}

public sealed record Verschil
{
    public string Veld { get; init; } = "";
    public string Oud { get; init; } = "";
    public string Nieuw { get; init; } = "";
}

/// <summary>
/// What changed between two programmaplannen, item by item (matched by id, so a renamed item is "gewijzigd"),
/// field by field as the board reads them (nl-NL). Realisaties and totals are left out: they follow from the rest.
/// </summary>
public static class Vergelijker
{
    public const string Toegevoegd = "toegevoegd", Verwijderd = "verwijderd", Gewijzigd = "gewijzigd";
    private const string Leeg = "—";

    public static IReadOnlyList<Wijziging> Speerpunten(P.Programmaplan a, P.Programmaplan b) =>
        Items("speerpunt", a.Speerpunten, b.Speerpunten, s => s.Id.ToString(CultureInfo.InvariantCulture), s => s.Naam,
            s => [("Naam", s.Naam), ("Analyse", s.Analyse), ("Volgorde", s.Volgorde.ToString(Opmaak.Nl))]);

    public static IReadOnlyList<Wijziging> Doelstellingen(P.Programmaplan a, P.Programmaplan b)
    {
        IEnumerable<(P.Doelstelling D, string Speerpunt)> Alle(P.Programmaplan p) => p.Speerpunten.SelectMany(s => s.Doelstellingen.Select(d => (d, s.Naam)));
        return Items("doelstelling", Alle(a), Alle(b), x => x.D.Id.ToString(CultureInfo.InvariantCulture), x => x.D.Naam, x =>
        [
            ("Naam", x.D.Naam), ("Speerpunt", x.Speerpunt), ("Omschrijving", x.D.Omschrijving),
            ("Indicator", $"{x.D.IndicatorNaam} ({x.D.IndicatorEenheid}), bron: {x.D.IndicatorBron}, " +
                (x.D.HogerIsBeter ? "hoger is beter" : "lager is beter")),
            ("Meetfrequentie", x.D.Meetfrequentie),
            ("Nulmeting", x.D.NulmetingWaarde is { } w ? $"{Opmaak.Getal(w)} ({x.D.NulmetingJaar})" : Leeg),
            .. x.D.Streefwaarden.Select(s => ($"Streefwaarde {s.Jaar}", Opmaak.Getal(s.Waarde))),
        ]);
    }

    public static IReadOnlyList<Wijziging> Projecten(P.Programmaplan a, P.Programmaplan b) =>
        Items("project", a.Projecten, b.Projecten, p => p.Id.ToString(CultureInfo.InvariantCulture), p => p.Naam, p =>
        [
            ("Naam", p.Naam), ("Doel", p.Doel), ("Doorbraakproject", p.Doorbraak ? "ja" : "nee"), ("Status", p.Status), ("Trekker", p.Trekker),
            ("Partners", string.Join(", ", p.Partners)), ("Doelstellingen", string.Join(", ", p.Doelstellingen)),
            ("Periode", $"{Opmaak.Datum(p.Startdatum)} – {Opmaak.Datum(p.Einddatum)}"),
            ("Mijlpalen", string.Join("; ", p.Mijlpalen.Select(m => $"{m.Titel} ({Opmaak.Datum(m.Datum)})"))),
            ("Risico's", string.Join("; ", p.Risicos.Select(r => r.Omschrijving))),
            .. p.Inzet.Select(i => ($"Inzet {i.Partner} {i.Jaar} ({i.Soort})", $"{Opmaak.Euro(i.Euro)}; {Opmaak.Getal(i.Uren)} uur")),
        ]);

    /// <summary>
    /// The programme's own text, basisvoorwaarden (by text), governance organen (by name) and the partners themselves. Not the
    /// fase: it moves with the plan's life (the last approval starts the implementatiefase), it is no change the boards decide on.
    /// </summary>
    public static IReadOnlyList<Wijziging> Afspraken(P.Programmaplan a, P.Programmaplan b) =>
    [
        .. Items("programma", [a.Programma], [b.Programma], _ => "", p => p.Naam, p =>
            [("Naam", p.Naam), ("Motto", p.Motto), ("Gebied", p.Gebied), ("Periode", $"{p.Startjaar}–{p.Eindjaar}"),
             ("Aanleiding", p.Aanleiding), ("Ambitie", p.Ambitie)]),
        .. Items("basisvoorwaarde", a.Basisvoorwaarden, b.Basisvoorwaarden, t => t, t => t, _ => []),
        .. Items("orgaan", a.Organen, b.Organen, o => o.Naam, o => o.Naam, o =>
            [
                ("Mandaat", o.Mandaat),
                ("Leden", string.Join("; ", o.Leden.Select(l => $"{l.Naam} ({l.Functie}{(l.Partner is null ? "" : ", " + l.Partner)})"))),
            ]),
        .. Items("partner", a.Partners, b.Partners, p => p.Id.ToString(CultureInfo.InvariantCulture), p => p.Naam, p =>
            [("Naam", p.Naam), ("Rol", p.Rol), ("Soort", p.Soort), ("Bestuurder", $"{p.BestuurderNaam}, {p.BestuurderFunctie}"),
                ("Uurtarief", p.Uurtarief is { } t ? Opmaak.Euro(t) : "geen"), ("Tekent", p.Tekent ? "ja" : "nee")]),
        .. Items("hoofdstuk", a.Hoofdstukken, b.Hoofdstukken, h => h.Soort, h => Hoofdstuksoort.Van(h.Soort)?.Titel ?? h.Soort, Hoofdstukvelden),
        .. Items("eigen hoofdstuk", a.EigenHoofdstukken, b.EigenHoofdstukken, h => h.Titel, h => h.Titel, h =>
            [("Na hoofdstuk", Hoofdstuksoort.Van(h.Plaats)?.Titel ?? h.Plaats), ("Tekst", h.Tekst)]),
    ];

    /// <summary>A written chapter field by field as printed: its text, each filled field by its label, each table row as one line.</summary>
    private static IEnumerable<(string Veld, string Waarde)> Hoofdstukvelden(P.Hoofdstuk h)
    {
        var soort = Hoofdstuksoort.Van(h.Soort);
        string Label(IReadOnlyList<Veldsoort>? lijst, string naam) => lijst?.FirstOrDefault(v => v.Naam == naam)?.Label ?? naam;
        return
        [
            ("Tekst", h.Tekst),
            .. h.Velden.Select(v => (Label(soort?.Velden, v.Naam), v.Waarde)),
            .. h.Rows.Select((r, i) => ($"Rij {i + 1}", string.Join("; ", r.Cellen.Select(c => $"{Label(soort?.Kolommen, c.Naam)}: {c.Waarde}")))),
        ];
    }

    private static List<Wijziging> Items<T>(string onderdeel, IEnumerable<T> oud, IEnumerable<T> nieuw, Func<T, string> sleutel,
        Func<T, string> naam, Func<T, IEnumerable<(string Veld, string Waarde)>> velden)
    {
        var a = oud.GroupBy(sleutel).ToDictionary(g => g.Key, g => g.First());
        var b = nieuw.GroupBy(sleutel).ToDictionary(g => g.Key, g => g.First());
        var lijst = new List<Wijziging>();
        foreach (var (k, x) in b)
        {
            if (!a.TryGetValue(k, out var y)) { lijst.Add(new() { Aard = Toegevoegd, Onderdeel = onderdeel, Naam = naam(x) }); continue; }
            var verschillen = Verschillen(velden(y), velden(x));
            if (verschillen.Count > 0) lijst.Add(new() { Aard = Gewijzigd, Onderdeel = onderdeel, Naam = naam(x), Verschillen = verschillen });
        }
        lijst.AddRange(a.Where(kv => !b.ContainsKey(kv.Key)).Select(kv => new Wijziging { Aard = Verwijderd, Onderdeel = onderdeel, Naam = naam(kv.Value) }));
        return lijst;
    }

    private static List<Verschil> Verschillen(IEnumerable<(string Veld, string Waarde)> oud, IEnumerable<(string Veld, string Waarde)> nieuw)
    {
        var a = oud.ToList();
        var b = nieuw.ToList();
        var oudPer = a.GroupBy(v => v.Veld).ToDictionary(g => g.Key, g => g.First().Waarde);
        var nieuwPer = b.GroupBy(v => v.Veld).ToDictionary(g => g.Key, g => g.First().Waarde);
        return b.Select(v => v.Veld).Concat(a.Select(v => v.Veld)).Distinct()
            .Select(v => new Verschil { Veld = v, Oud = oudPer.GetValueOrDefault(v, Leeg), Nieuw = nieuwPer.GetValueOrDefault(v, Leeg) })
            .Where(v => v.Oud != v.Nieuw).ToList();
    }

}
