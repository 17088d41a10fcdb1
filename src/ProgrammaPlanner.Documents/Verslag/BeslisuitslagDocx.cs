using ProgrammaPlanner.Core.Bijeenkomsten;
using ProgrammaPlanner.Documents.Docx;

namespace ProgrammaPlanner.Documents.Verslag;

/// <summary>The points rounds and statements in the Word verslag, the same tables as <c>BeslisuitslagVerslag.razor</c>.</summary>
internal static class BeslisuitslagDocx
{
    public static void Voeg(WordBuilder w, GetBeslisuitslag.Uitslag uitslag)
    {
        var k = WordBuilder.Breedte / 8;
        foreach (var r in uitslag.Puntenrondes)
        {
            w.Alinea($"Puntenronde {r.Nummer}", "Heading1");
            w.Alinea($"{r.Deelnemers} {(r.Deelnemers == 1 ? "deelnemer verdeelde" : "deelnemers verdeelden")} elk 100 punten over {r.Omvang}.");
            w.Tabel([k, WordBuilder.Breedte - 5 * k, k, 3 * k],
                [new("Plaats", Rechts: true), new("Bijdrage"), new("Punten", Rechts: true), new("Gegeven door")],
                r.PerBijdrage.Select((b, i) => (IReadOnlyList<Cel>)[new((i + 1).ToString(Opmaak.Nl), Rechts: true), new($"{b.Tekst} ({b.Partner})"),
                    new(b.Punten.ToString(Opmaak.Nl), Rechts: true), new(b.VanTekst)]));
            if (r.PerPartner.Count == 0) continue;
            w.Kop3("Punten per organisatie");
            w.Tabel([WordBuilder.Breedte - 2 * k, 2 * k], [new("Organisatie (van de bijdragen)"), new("Punten", Rechts: true)],
                r.PerPartner.Select(p => (IReadOnlyList<Cel>)[new(p.Partner), new(p.Punten.ToString(Opmaak.Nl), Rechts: true)]));
        }
        if (uitslag.Stellingen.Count == 0) return;
        w.Alinea("Stellingen", "Heading1");
        w.Tabel([3 * k, k, k, k, WordBuilder.Breedte - 6 * k],
            [new("Stelling"), new("Eens", Rechts: true), new("Neutraal", Rechts: true), new("Oneens", Rechts: true), new("Per organisatie")],
            uitslag.Stellingen.Select(s => (IReadOnlyList<Cel>)[new($"{s.Nummer}. {s.Tekst}{(s.Verdeeld ? " (verdeeld)" : "")}"),
                new(s.Eens.ToString(Opmaak.Nl), Rechts: true), new(s.Neutraal.ToString(Opmaak.Nl), Rechts: true),
                new(s.Oneens.ToString(Opmaak.Nl), Rechts: true), new(s.PerPartner.Count == 0 ? "–" : string.Join("; ", s.PerPartner.Select(p => p.Tekst)))]));
        w.Alinea(GetBeslisuitslag.VerdeeldUitleg);
    }
}
