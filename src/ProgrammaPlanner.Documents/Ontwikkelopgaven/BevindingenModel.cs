using ProgrammaPlanner.Core;
using ProgrammaPlanner.Core.Ontwikkelopgaven;

namespace ProgrammaPlanner.Documents.Ontwikkelopgaven;

/// <summary>What the HTML and the DOCX of the findings document share: the title and the facts at the top.</summary>
public sealed record BevindingenModel(GetOntwikkelopgave.Ontwikkelopgave Opgave, DateOnly Datum)
{
    public string Titel => $"Bevindingen ontwikkelopgave {Opgave.Titel}";

    public IReadOnlyList<(string Naam, string Waarde)> Kenmerken =>
    [
        ("Programma", Opgave.Programma),
        ("Verbondsgroep", Opgave.Verbondsgroep ?? "–"),
        ("Status", Opgave.Status),
        ("Terrein", Opgave.Terrein.Length > 0 ? Opgave.Terrein : "–"),
        ("Datum", Opmaak.Datum(Datum)),
    ];

    /// <summary>Who told the story and which bestaanszekerheden it touches, in one line under its title.</summary>
    public static string Onderschrift(GetOntwikkelopgave.Verhaal v) =>
        $"Verteld door een {v.Verteller}, opgetekend op {Opmaak.Datum(v.OpgetekendOp)}"
        + (v.Bestaanszekerheden.Count > 0 ? $" · {string.Join(", ", v.Bestaanszekerheden)}" : "");
}
