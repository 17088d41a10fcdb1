using System.Globalization;
using ProgrammaPlanner.Core.Verhalen;

namespace ProgrammaPlanner.Core.Programmas;

/// <summary>
/// The learning coalition in the programma file (all optional; older files have none): <c>verbondsgroepen</c> with their
/// <c>leden</c>, <c>ontwikkelopgaven</c>, <c>verhalen</c> and <c>maatwerk</c> (the regeling and its <c>casussen</c>).
/// A group is named by its naam, an opgave by its titel, a partner and a wijk by their naam. Stories and casussen are
/// anonymous: a text with an obvious identifier is refused, as in the app.
/// </summary>
public static partial class ProgrammaBestand
{
    /// <summary><c>wijk</c>: the buurt the group works in; <c>maatwerkbudget</c>: euros granted (absent: none).</summary>
    public sealed record Verbondsgroep(string? Naam, string? Wijk, decimal? Maatwerkbudget, IReadOnlyList<Groepslid?>? Leden);

    /// <summary>
    /// <c>soort</c>: professional, informele partner, ervaringsdeskundige or bewoner; <c>partner</c> the partner organisation
    /// (or <c>organisatie</c> for one that is no partner); <c>aanjager</c> (absent: false) for at most one member per group.
    /// </summary>
    public sealed record Groepslid(string? Naam, string? Soort, string? Partner = null, string? Organisatie = null, string? Discipline = null,
        bool? Aanjager = null);

    /// <summary><c>status</c>: open, in onderzoek, beantwoord or geagendeerd bij de gemeente (absent: open).</summary>
    public sealed record Ontwikkelopgave(string? Titel, string? Vraag, string? Terrein = null, string? Verbondsgroep = null, string? Status = null,
        string? Bevindingen = null, string? Aanbeveling = null);

    /// <summary>
    /// <c>verteller</c>: bewoner or professional; <c>bestaanszekerheden</c> from wonen, schulden, inkomen, veiligheid;
    /// <c>ontwikkelopgaven</c> by titel.
    /// </summary>
    public sealed record Verhaal(string? Titel, string? Tekst, string? Verteller, string? Verbondsgroep, string? OpgetekendOp,
        IReadOnlyList<string?>? Bestaanszekerheden = null, IReadOnlyList<string?>? Ontwikkelopgaven = null);

    /// <summary>The programma's maatwerk rules (absent <c>plafondPerCasus</c>: no ceiling) and the casussen decided.</summary>
    public sealed record Maatwerk(decimal? PlafondPerCasus, bool? BedragenVoorLezers, IReadOnlyList<Maatwerkcasus?>? Casussen);

    /// <summary>
    /// One use of maatwerkbudget or regelruimte: <c>bedrag</c> 0 when only a <c>regel</c> was set aside; above the ceiling a
    /// <c>tweedeBeslisser</c> other than <c>beslotenDoor</c> decided too.
    /// </summary>
    public sealed record Maatwerkcasus(string? Verbondsgroep, string? Omschrijving, decimal? Bedrag, string? Regel, string? BeslotenDoor,
        string? TweedeBeslisser, string? BeslotenOp);

    private static void ControleerLeren(Bestand b, Action<string, string> fout, HashSet<string> partners, HashSet<string> wijken)
    {
        static bool Leeg(string? s) => string.IsNullOrWhiteSpace(s);
        void Keuze(string key, string wie, string veld, string? waarde, IReadOnlyList<string> lijst, bool verplicht = true)
        {
            if (waarde is null ? verplicht : !lijst.Contains(waarde))
                fout(key, $"{wie}: {(waarde is null ? $"{veld} ontbreekt" : $"{veld} '{waarde}' bestaat niet")}; kies uit {string.Join(", ", lijst)}.");
        }
        void Bedrag(string key, string wie, string veld, decimal? bedrag)
        {
            if (bedrag < 0) fout(key, $"{wie}: {veld} {bedrag} is negatief; vul 0 of meer in.");
            else if (bedrag is { } e && decimal.Round(e, 2) != e) fout(key, $"{wie}: {veld} {bedrag} heeft meer dan 2 decimalen; geef het op in hele centen.");
        }
        void Dag(string key, string wie, string veld, string? tekst)
        {
            if (DateOnly.TryParseExact(tekst, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)) return;
            fout(key, tekst is null ? $"{wie}: {veld} ontbreekt."
                : $"{wie}: {veld} '{tekst}' is geen datum; schrijf die als jjjj-mm-dd, bijvoorbeeld 2019-09-15.");
        }
        void Anoniem(string key, string wie, string? tekst)
        {
            if (Persoonskenmerken.Melding(tekst) is { } melding) fout(key, $"{wie}: {melding}");
        }

        var groepen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < (b.Verbondsgroepen?.Count ?? 0); i++)
        {
            var (k, g) = ($"verbondsgroepen[{i}]", b.Verbondsgroepen![i]);
            var n = Naam(g?.Naam);
            if (n == "") fout($"{k}.naam", $"Verbondsgroep {i + 1}: de naam ontbreekt.");
            else if (!groepen.Add(n)) fout($"{k}.naam", $"De verbondsgroep '{n}' staat meer dan één keer in het bestand; namen moeten uniek zijn.");
            if (g is null) continue;
            var wie = n == "" ? $"Verbondsgroep {i + 1}" : $"Verbondsgroep '{n}'";
            if (g.Wijk is { } w && !wijken.Contains(Naam(w)))
                fout($"{k}.wijk", $"{wie}: wijk '{w}' staat niet bij de wijken van het programma.");
            Bedrag($"{k}.maatwerkbudget", wie, "het maatwerkbudget", g.Maatwerkbudget);
            var aanjager = (string?)null;
            for (var j = 0; j < (g.Leden?.Count ?? 0); j++)
            {
                var (lk, l) = ($"{k}.leden[{j}]", g.Leden![j]);
                var ln = Naam(l?.Naam);
                var lwie = ln == "" ? $"{wie}, lid {j + 1}" : $"{wie}, lid '{ln}'";
                if (ln == "") fout($"{lk}.naam", $"{lwie}: de naam ontbreekt.");
                if (l is null) continue;
                Keuze($"{lk}.soort", lwie, "soort", l.Soort, Verbondsgroepen.Lidsoort.Alle);
                if (l.Partner is { } p && !partners.Contains(Naam(p)))
                    fout($"{lk}.partner", $"{lwie}: '{Naam(p)}' is geen partner van het programma.");
                if (l.Aanjager != true) continue;
                if (aanjager is null) aanjager = ln;
                else fout($"{lk}.aanjager", $"{wie}: '{aanjager}' is al de aanjager; een groep heeft hooguit één aanjager.");
            }
        }
        bool Groep(string key, string wie, string? naam, bool verplicht = false)
        {
            if (naam is null)
            {
                if (verplicht) fout(key, $"{wie}: de verbondsgroep ontbreekt.");
                return !verplicht;
            }
            if (groepen.Contains(Naam(naam))) return true;
            fout(key, $"{wie}: verbondsgroep '{Naam(naam)}' bestaat niet in het bestand.");
            return false;
        }

        var opgaven = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < (b.Ontwikkelopgaven?.Count ?? 0); i++)
        {
            var (k, o) = ($"ontwikkelopgaven[{i}]", b.Ontwikkelopgaven![i]);
            var t = Naam(o?.Titel);
            if (t == "") fout($"{k}.titel", $"Ontwikkelopgave {i + 1}: de titel ontbreekt.");
            else if (!opgaven.Add(t)) fout($"{k}.titel", $"De ontwikkelopgave '{t}' staat meer dan één keer in het bestand; titels moeten uniek zijn.");
            if (o is null) continue;
            var wie = t == "" ? $"Ontwikkelopgave {i + 1}" : $"Ontwikkelopgave '{t}'";
            if (Leeg(o.Vraag)) fout($"{k}.vraag", $"{wie}: de vraag ontbreekt.");
            Keuze($"{k}.status", wie, "status", o.Status, Ontwikkelopgaven.OntwikkelopgaveStatus.Alle, verplicht: false);
            Groep($"{k}.verbondsgroep", wie, o.Verbondsgroep);
        }

        for (var i = 0; i < (b.Verhalen?.Count ?? 0); i++)
        {
            var (k, v) = ($"verhalen[{i}]", b.Verhalen![i]);
            if (v is null) { fout(k, $"Verhaal {i + 1} is leeg."); continue; }
            var t = Naam(v.Titel);
            var wie = t == "" ? $"Verhaal {i + 1}" : $"Verhaal '{t}'";
            if (t == "") fout($"{k}.titel", $"{wie}: de titel ontbreekt.");
            if (Leeg(v.Tekst)) fout($"{k}.tekst", $"{wie}: de tekst ontbreekt.");
            Anoniem($"{k}.titel", wie, v.Titel);
            Anoniem($"{k}.tekst", wie, v.Tekst);
            Keuze($"{k}.verteller", wie, "verteller", v.Verteller, Verhalen.Verteller.Alle);
            Groep($"{k}.verbondsgroep", wie, v.Verbondsgroep);
            Dag($"{k}.opgetekendOp", wie, "de datum waarop het is opgetekend", v.OpgetekendOp);
            var zekerheden = new HashSet<string?>();
            for (var j = 0; j < (v.Bestaanszekerheden?.Count ?? 0); j++)
            {
                var z = v.Bestaanszekerheden![j];
                Keuze($"{k}.bestaanszekerheden[{j}]", wie, "bestaanszekerheid", z, Verhalen.Bestaanszekerheid.Alle);
                if (z is not null && !zekerheden.Add(z)) fout($"{k}.bestaanszekerheden[{j}]", $"{wie}: bestaanszekerheid '{z}' staat er twee keer.");
            }
            var gekoppeld = new HashSet<string>(StringComparer.Ordinal);
            for (var j = 0; j < (v.Ontwikkelopgaven?.Count ?? 0); j++)
            {
                var o = Naam(v.Ontwikkelopgaven![j]);
                if (!opgaven.Contains(o)) fout($"{k}.ontwikkelopgaven[{j}]", $"{wie}: ontwikkelopgave '{o}' bestaat niet in het bestand.");
                else if (!gekoppeld.Add(o)) fout($"{k}.ontwikkelopgaven[{j}]", $"{wie}: ontwikkelopgave '{o}' staat er twee keer.");
            }
        }

        if (b.Maatwerk is not { } m) return;
        Bedrag("maatwerk.plafondPerCasus", "Maatwerk", "het plafond per casus", m.PlafondPerCasus);
        for (var i = 0; i < (m.Casussen?.Count ?? 0); i++)
        {
            var (k, x) = ($"maatwerk.casussen[{i}]", m.Casussen![i]);
            var wie = x?.Verbondsgroep is { } gn ? $"Maatwerkcasus {i + 1} ({Naam(gn)})" : $"Maatwerkcasus {i + 1}";
            if (x is null) { fout(k, $"{wie} is leeg."); continue; }
            Groep($"{k}.verbondsgroep", wie, x.Verbondsgroep, verplicht: true);
            if (Leeg(x.Omschrijving)) fout($"{k}.omschrijving", $"{wie}: de omschrijving ontbreekt.");
            Anoniem($"{k}.omschrijving", wie, x.Omschrijving);
            Bedrag($"{k}.bedrag", wie, "het bedrag", x.Bedrag);
            if (Leeg(x.BeslotenDoor)) fout($"{k}.beslotenDoor", $"{wie}: wie besloot ('beslotenDoor') ontbreekt.");
            Dag($"{k}.beslotenOp", wie, "de datum van het besluit", x.BeslotenOp);
            if (x.Bedrag > m.PlafondPerCasus && m.PlafondPerCasus >= 0) // a negative ceiling is reported above
            {
                var bedrag = Opmaak.Bedrag(x.Bedrag.Value);
                var plafond = Opmaak.Bedrag(m.PlafondPerCasus.Value);
                if (Leeg(x.TweedeBeslisser))
                    fout($"{k}.tweedeBeslisser", $"{wie}: {bedrag} ligt boven het plafond van {plafond} per casus; vul een tweede beslisser in.");
                else if (string.Equals(Naam(x.TweedeBeslisser), Naam(x.BeslotenDoor), StringComparison.OrdinalIgnoreCase))
                    fout($"{k}.tweedeBeslisser", $"{wie}: {bedrag} ligt boven het plafond van {plafond} per casus; " +
                        "de tweede beslisser moet een ander zijn dan wie besloot.");
            }
        }
    }
}
