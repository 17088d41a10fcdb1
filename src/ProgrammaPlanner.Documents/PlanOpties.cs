using ProgrammaPlanner.Core.Planversies;

namespace ProgrammaPlanner.Documents;

/// <summary>The plan's status words, as the document shows them.</summary>
public static class PlanStatus
{
    public const string Concept = "concept";
    public const string TerBesluitvorming = "ter besluitvorming";
    public const string Vastgesteld = "vastgesteld";
    public static readonly IReadOnlyList<string> Alle = [Concept, TerBesluitvorming, Vastgesteld];
}

/// <summary>A board's decision recorded on a frozen version: listed on the signature page.</summary>
public sealed record PlanGoedkeuring(long PartnerId, string Besluit, string Wijze, string Door, DateOnly Datum, string Opmerking);

/// <summary>
/// Version and status of the printed plan. <see cref="Versie"/> is the label every page carries ("Versie 2 – 5 december 2026",
/// "Concept – 5 december 2026"); <see cref="Datum"/> the day the status speaks of (the decision of a vastgesteld version).
/// A vastgesteld version also passes the decisions that made it so.
/// </summary>
public sealed record PlanOpties(string Versie, string Status, DateOnly Datum)
{
    public IReadOnlyList<PlanGoedkeuring> Goedkeuringen { get; init; } = [];

    public static PlanOpties ConceptVan(DateOnly datum) => new($"Concept – {Opmaak.Datum(datum)}", PlanStatus.Concept, datum);

    /// <summary>
    /// The document of a frozen version: what the boards received (ter besluitvorming) until it is vastgesteld, then the
    /// vastgesteld copy with the decisions. A rejected or replaced version keeps the copy the boards received.
    /// <paramref name="exemplaar"/> asks for one copy (the one the boards received stays available after vaststelling).
    /// </summary>
    public static PlanOpties Van(Versie v, string? exemplaar = null)
    {
        var label = $"Versie {v.Nummer} – {Opmaak.Datum(Tijd.Dag(v.VastgelegdOp))}";
        if ((exemplaar ?? Versiedocument.StatusVan(v.Status)) == PlanStatus.TerBesluitvorming)
            return new(label, PlanStatus.TerBesluitvorming, Tijd.Dag(v.VastgelegdOp));
        return new(label, PlanStatus.Vastgesteld, v.BeslotenOp ?? Tijd.Dag(v.VastgelegdOp))
        {
            Goedkeuringen = v.Partners.Where(p => p.Besluit is not null && p.Datum is not null)
                .Select(p => new PlanGoedkeuring(p.PartnerId, p.Besluit!, p.Wijze ?? "", p.Door ?? "", p.Datum!.Value, p.Opmerking ?? "")).ToList(),
        };
    }

    /// <summary>Only a concept carries the CONCEPT watermark; a version ter besluitvorming has its own marking (cover, footer, banner).</summary>
    public bool Watermerk => Status == PlanStatus.Concept;

    public bool TerBesluitvorming => Status == PlanStatus.TerBesluitvorming;

    /// <summary>The line above the plan (screen banner, DOCX cover) saying which copy this is; null for a vastgesteld plan.</summary>
    public string? Markering => Status switch
    {
        PlanStatus.Concept => $"CONCEPT — {Versie}: dit plan is nog niet vastgesteld.",
        PlanStatus.TerBesluitvorming => $"TER BESLUITVORMING — {Versie}, voorgelegd aan de besturen van de partners.",
        _ => null,
    };

    /// <summary>Above the signatures of a version ter besluitvorming: what the boards are asked; null otherwise.</summary>
    public string? Besluitvraag => TerBesluitvorming
        ? $"Deze versie is op {Opmaak.Datum(Datum)} ter besluitvorming voorgelegd aan de besturen van de partners."
        : null;

    /// <summary>"Programmaplan Samen Noord · Versie 2 – 5 december 2026 · ter besluitvorming": every page says which copy it is.</summary>
    public string Voetregel(string titel) => $"{titel} · {Versie}" + (Status == PlanStatus.Concept ? "" : $" · {Status}");
}
