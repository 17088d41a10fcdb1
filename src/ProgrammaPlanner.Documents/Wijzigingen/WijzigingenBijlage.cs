using ProgrammaPlanner.Core.Planversies;
using ProgrammaPlanner.Documents.Docx;

namespace ProgrammaPlanner.Documents.Wijzigingen;

/// <summary>
/// The optional appendix of a printed version: what it changes against an earlier version, per category, as
/// <see cref="ComparePlanversies"/> gives it, so a board sees what it is asked to approve anew. A null comparison
/// means there is no earlier version; the appendix then says so instead of staying silent.
/// </summary>
/// <param name="TenOpzichteVanPlanInWerking">The earlier version is the plan in force: the heading says so.</param>
public sealed record WijzigingenBijlage(ComparePlanversies.Vergelijking? Vergelijking, bool TenOpzichteVanPlanInWerking = false) : IPlanBijlage
{
    public const string Speerpunten = "Speerpunten", Doelstellingen = "Doelstellingen", Projecten = "Projecten", Afspraken = "Afspraken";
    /// <summary>Group rows in Word: the plan's light accent, as in the HTML.</summary>
    private const string GroepVulling = "E8EEF5";

    public string Titel => Vergelijking is null ? "Bijlage: wijzigingen"
        : TenOpzichteVanPlanInWerking ? "Bijlage: wijzigingen ten opzichte van het plan in werking"
        : $"Bijlage: wijzigingen ten opzichte van versie {Vergelijking.NummerA}";

    /// <summary>The four categories in the order of the comparison page; empty lists stay (a board reads "geen wijzigingen").</summary>
    public IReadOnlyList<(string Titel, IReadOnlyList<Wijziging> Wijzigingen)> Categorieen => Vergelijking is { } v
        ? [(Speerpunten, v.Speerpunten), (Doelstellingen, v.Doelstellingen), (Projecten, v.Projecten), (Afspraken, v.Afspraken)]
        : [];

    /// <summary>Nothing to list, no sections: the introduction alone says it.</summary>
    public IReadOnlyList<string> Secties => Vergelijking is { Gelijk: false } ? Categorieen.Select(c => c.Titel).ToList() : [];

    public string Inleiding
    {
        get
        {
            if (Vergelijking is not { } v) return "Dit is de eerste vastgelegde versie van het plan: er is geen eerdere versie om mee te vergelijken.";
            var nieuw = v.NummerB is { } b ? $"versie {b}" : "het huidige concept";
            var oud = v.LabelA + (TenOpzichteVanPlanInWerking ? ", het plan in werking" : "");
            return v.Gelijk
                ? $"{Opmaak.Hoofdletter(nieuw)} is inhoudelijk gelijk aan {oud}: er is niets toegevoegd, verwijderd of gewijzigd."
                : $"Deze bijlage laat zien wat {nieuw} verandert ten opzichte van {oud}. Per onderdeel staat wat is toegevoegd, " +
                  "gewijzigd of verwijderd, en bij een wijziging wat het was en wat het wordt. Wat hier niet staat, is ongewijzigd.";
        }
    }

    public static int Aantal(IEnumerable<Wijziging> wijzigingen, string aard) => wijzigingen.Count(w => w.Aard == aard);

    /// <summary>"Doelstelling: Minder eenzaam"</summary>
    public static string Omschrijving(Wijziging w) => $"{Opmaak.Hoofdletter(w.Onderdeel)}: {w.Naam}";

    /// <summary>The same appendix in the Word document: group rows instead of the HTML's labels, same columns.</summary>
    internal void Schrijf(WordBuilder w, BijlageKoppen koppen)
    {
        w.Paginaeinde();
        w.Kop(koppen.Kop);
        w.Alinea(Inleiding);
        if (Secties.Count == 0) return;

        var k = WordBuilder.Breedte / 6;
        IReadOnlyList<Cel> Telling(string naam, IReadOnlyList<Wijziging> lijst) =>
            [new(naam), .. new[] { Vergelijker.Toegevoegd, Vergelijker.Gewijzigd, Vergelijker.Verwijderd }.Select(a => new Cel(Aantal(lijst,
                a).ToString(Opmaak.Nl), Rechts: true))];
        w.Tabel([WordBuilder.Breedte - 3 * k, k, k, k], [new("Onderdeel"), new("Toegevoegd", Rechts: true), new("Gewijzigd", Rechts: true), new("Verwijderd",
            Rechts: true)],
            Categorieen.Select(c => Telling(c.Titel, c.Wijzigingen)), Telling("Totaal", [.. Categorieen.SelectMany(c => c.Wijzigingen)]));

        var veld = WordBuilder.Breedte / 4;
        var was = (WordBuilder.Breedte - veld) / 2;
        foreach (var (titel, lijst) in Categorieen)
        {
            w.Kop(koppen.Sectie(titel));
            if (lijst.Count == 0) { w.Alinea("Geen wijzigingen.", "Klein"); continue; }
            w.Tabel([veld, was, WordBuilder.Breedte - veld - was], [new("Onderdeel"), new("Was"), new("Wordt")],
                lijst.SelectMany(x => x.Verschillen.Select(v => (IReadOnlyList<Cel>)[new(v.Veld), new(v.Oud), new(v.Nieuw)])
                    .Prepend([new($"{Opmaak.Hoofdletter(x.Aard)} · {Omschrijving(x)}", Vet: true, Vulling: GroepVulling)])));
        }
    }
}
