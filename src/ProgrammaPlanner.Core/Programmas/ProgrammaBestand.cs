using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using FluentValidation;

namespace ProgrammaPlanner.Core.Programmas;

/// <summary>
/// The export/import file of one whole programma ("formaat": "programmaplanner/1"): references by name, no
/// database ids; camelCase, indented, deterministic order, decimals as JSON numbers, dates "yyyy-MM-dd".
/// In a project the trekker is implicitly one of its partners: <c>partners</c> lists the others.
/// The file carries no accounts: a person who owns a mijlpaal (or an actiepunt) is left out, and an import has none.
/// Every field is nullable so a missing field can be reported instead of crashing; <see cref="Controleer"/> checks it all.
/// </summary>
public static partial class ProgrammaBestand
{
    public const string Formaat = "programmaplanner/1";

    public sealed record Bestand(string? Formaat, Gegevens? Programma, IReadOnlyList<Partner?>? Partners, IReadOnlyList<string?>? Wijken,
        IReadOnlyList<Speerpunt?>? Speerpunten, IReadOnlyList<Project?>? Projecten, IReadOnlyList<string?>? Basisvoorwaarden,
        IReadOnlyList<Orgaan?>? Governance, IReadOnlyList<Rapportageronde?>? Rapportagerondes = null,
        IReadOnlyList<Hoofdstuk?>? Hoofdstukken = null, IReadOnlyList<EigenHoofdstuk?>? EigenHoofdstukken = null,
        IReadOnlyList<Verbondsgroep?>? Verbondsgroepen = null, IReadOnlyList<Ontwikkelopgave?>? Ontwikkelopgaven = null,
        IReadOnlyList<Verhaal?>? Verhalen = null, Maatwerk? Maatwerk = null);

    public sealed record Gegevens(string? Naam, string? Motto, string? Gebied, int? Startjaar, int? Eindjaar, string? Fase,
        string? Aanleiding, string? Ambitie);

    /// <summary>
    /// <c>uurtarief</c> is optional (older files have none): euro's per hour of inzet in natura. <c>tekentToch</c> is optional
    /// (absent: false): a financier or adviseur that signs the plan after all; meaningless for the other roles, which always sign.
    /// </summary>
    public sealed record Partner(string? Naam, string? Soort, string? Rol, string? Contactpersoon, string? Email,
        string? BestuurderNaam, string? BestuurderFunctie, string? Plaats, decimal? Uurtarief = null, bool? TekentToch = null);

    /// <summary>Speerpunten are in volgorde: the order in the file is the order in the plan.</summary>
    public sealed record Speerpunt(string? Naam, string? Analyse, IReadOnlyList<Doelstelling?>? Doelstellingen);

    /// <summary>Rapporteur: the partner the facilitator chose to report its realisatie in the yearly round (absent: the rule).</summary>
    public sealed record Doelstelling(string? Naam, string? Omschrijving, Indicator? Indicator, string? Meetfrequentie,
        Nulmeting? Nulmeting, IReadOnlyList<Jaarwaarde?>? Streefwaarden, IReadOnlyList<Realisatie?>? Realisaties, string? Rapporteur = null);

    public sealed record Indicator(string? Naam, string? Eenheid, string? Bron, bool? HogerIsBeter);

    public sealed record Nulmeting(decimal? Waarde, int? Jaar);

    public sealed record Jaarwaarde(int? Jaar, decimal? Waarde);

    /// <summary>Without <c>wijk</c>: the whole programme area.</summary>
    public sealed record Realisatie(int? Jaar, string? Wijk, decimal? Waarde);

    public sealed record Project(string? Naam, string? Doel, bool? Doorbraak, string? Status, string? Trekker,
        IReadOnlyList<string?>? Partners, IReadOnlyList<string?>? Doelstellingen, string? Startdatum, string? Einddatum,
        IReadOnlyList<Mijlpaal?>? Mijlpalen, IReadOnlyList<Risico?>? Risicos, IReadOnlyList<Inzet?>? Inzet,
        IReadOnlyList<Besteding?>? Bestedingen = null, IReadOnlyList<Jaarstatus?>? Jaarstatussen = null);

    /// <summary><c>nieuweDatum</c> only with status vertraagd: the date the mijlpaal is now expected.</summary>
    public sealed record Mijlpaal(string? Titel, string? Datum, string? Status, string? NieuweDatum = null);

    public sealed record Risico(string? Omschrijving, string? Kans, string? Impact, string? Maatregel);

    public sealed record Inzet(string? Partner, int? Jaar, string? Soort, decimal? Euro, decimal? Uren);

    /// <summary>Counted euros and hours a partner spent on the project in a year (accepted or entered directly).</summary>
    public sealed record Besteding(string? Partner, int? Jaar, decimal? Euro, decimal? Uren);

    /// <summary>How the project fared in a year: op schema, vertraagd, afgerond or gestopt.</summary>
    public sealed record Jaarstatus(int? Jaar, string? Status, string? Toelichting);

    /// <summary>
    /// The yearly update round: moments are stored stamps ("2019-02-01T09:00:00.000Z"), <c>uiterlijk</c> a date.
    /// Each partner's rapportage holds its figures as reported for the round's year; the accepted ones also count in
    /// the programme's own realisaties, bestedingen, jaarstatussen and mijlpalen.
    /// </summary>
    public sealed record Rapportageronde(int? Jaar, string? Uiterlijk, string? Toelichting, string? GeopendOp, string? GeopendDoor,
        string? GeslotenOp, IReadOnlyList<Rapportage?>? Rapportages);

    public sealed record Rapportage(string? Partner, string? Status, IReadOnlyList<RapportageRealisatie?>? Realisaties,
        IReadOnlyList<RapportageBesteding?>? Bestedingen, IReadOnlyList<RapportageProjectstatus?>? Projectstatussen,
        IReadOnlyList<RapportageMijlpaal?>? Mijlpalen, IReadOnlyList<RapportageStap?>? Stappen);

    /// <summary>Without <c>wijk</c>: the whole programme area. The year is the round's.</summary>
    public sealed record RapportageRealisatie(string? Doelstelling, string? Wijk, decimal? Waarde);

    public sealed record RapportageBesteding(string? Project, decimal? Euro, decimal? Uren);

    public sealed record RapportageProjectstatus(string? Project, string? Status, string? Toelichting);

    /// <summary><c>mijlpaal</c> is the title of a mijlpaal of the project.</summary>
    public sealed record RapportageMijlpaal(string? Project, string? Mijlpaal, string? Status, string? NieuweDatum);

    /// <summary>ingediend, teruggestuurd (with its reden) or geaccepteerd; <c>op</c> is a stored stamp.</summary>
    public sealed record RapportageStap(string? Stap, string? Reden, string? Door, string? Op);

    public sealed record Orgaan(string? Naam, string? Mandaat, IReadOnlyList<Lid?>? Leden);

    /// <summary><c>partner</c> is optional: the partner the member represents.</summary>
    public sealed record Lid(string? Naam, string? Functie, string? Partner);

    /// <summary>
    /// A written chapter (optional; older files have none): <c>soort</c> is one of <see cref="Hoofdstukken.Hoofdstuksoort.Bewerkbaar"/>,
    /// <c>velden</c> its short fields by name, <c>rijen</c> its table's rows, each a list of cells by column name.
    /// </summary>
    public sealed record Hoofdstuk(string? Soort, string? Tekst, IReadOnlyList<Veld?>? Velden, IReadOnlyList<Row?>? Rows);

    public sealed record Veld(string? Naam, string? Waarde);

    public sealed record Row(IReadOnlyList<Veld?>? Cellen);

    /// <summary>One of the coalition's own chapters, in order; <c>na</c> is the soort of the chapter it follows.</summary>
    public sealed record EigenHoofdstuk(string? Titel, string? Na, string? Tekst);

    public static readonly JsonSerializerOptions Opties = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        NewLine = "\n",
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // a file, not HTML: Dutch characters as-is
        Converters = { new NormaleDecimaal() },
    };

    public static string Schrijf(Bestand bestand) => JsonSerializer.Serialize(bestand, Opties) + "\n";

    /// <summary>Parses the text; on broken JSON returns null and a Dutch message with line and position.</summary>
    public static Bestand? Lees(string json, out string? fout)
    {
        fout = null;
        try
        {
            var bestand = JsonSerializer.Deserialize<Bestand>(json, Opties);
            if (bestand is null) fout = "Het bestand is leeg. Kies een bestand dat met ProgrammaPlanner is geëxporteerd.";
            return bestand;
        }
        catch (JsonException e)
        {
            var plek = e.LineNumber is { } regel
                ? $" bij regel {regel + 1}, positie {(e.BytePositionInLine ?? 0) + 1}" + (string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "" : $" ({e.Path})")
                : "";
            fout = $"Het bestand is geen geldige JSON of heeft een waarde van het verkeerde soort{plek}. " +
                   "Controleer daar de komma's, aanhalingstekens en haakjes, en of getallen zonder aanhalingstekens staan.";
            return null;
        }
    }

    public static string Naam(string? s) => (s ?? "").Trim();

    /// <summary>Every problem of the file that can be seen without the database, keyed like "partners[2].naam".</summary>
    public static Dictionary<string, List<string>> Controleer(Bestand b)
    {
        // Too long texts first and alone: the checks below quote names and values back.
        var f = ImportGrenzen.Controleer(b);
        if (f.Count > 0) return f;
        void Fout(string key, string msg) { if (!f.TryGetValue(key, out var l)) f[key] = l = []; l.Add(msg); }
        bool Leeg(string? s) => string.IsNullOrWhiteSpace(s);
        void Keuze(string key, string wie, string veld, string? waarde, IReadOnlyList<string> lijst, bool verplicht = true)
        {
            if (waarde is null ? verplicht : !lijst.Contains(waarde))
                Fout(key, $"{wie}: {(waarde is null ? $"{veld} ontbreekt" : $"{veld} '{waarde}' bestaat niet")}; kies uit {string.Join(", ", lijst)}.");
        }
        HashSet<string> Uniek<T>(string lijst, IReadOnlyList<T?>? items, Func<T, string?> naam, string soort, string wat)
        {
            var namen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < (items?.Count ?? 0); i++)
            {
                var n = items![i] is { } item ? Naam(naam(item)) : "";
                if (n == "") Fout($"{lijst}[{i}].naam", $"{soort} {i + 1}: de naam ontbreekt.");
                else if (!namen.Add(n)) Fout($"{lijst}[{i}].naam", $"{wat} '{n}' staat meer dan één keer in het bestand; namen moeten uniek zijn.");
            }
            return namen;
        }

        if (b.Formaat != Formaat)
            Fout("formaat", b.Formaat is null
                ? $"Dit is geen ProgrammaPlanner-bestand: het veld \"formaat\": \"{Formaat}\" ontbreekt."
                : $"Onbekend formaat '{b.Formaat}'; dit programma leest alleen bestanden met formaat '{Formaat}'.");
        var p = b.Programma;
        if (p is null) Fout("programma", "Het onderdeel 'programma' (naam, periode en fase) ontbreekt.");
        else
            foreach (var e in ProgrammaValidator.Validate(new ProgrammaVelden(Naam(p.Naam), p.Startjaar ?? 0, p.Eindjaar ?? 0, p.Fase ?? "")).Errors)
                Fout($"programma.{JsonNamingPolicy.CamelCase.ConvertName(e.PropertyName)}", e.ErrorMessage);
        var (start, eind) = (p?.Startjaar ?? 0, p?.Eindjaar ?? 0);
        var periode = p?.Startjaar is not null && p.Eindjaar is not null && eind >= start;
        void Jaar(string key, string wie, int? jaar)
        {
            if (jaar is null) Fout(key, $"{wie}: het jaar ontbreekt.");
            else if (periode && (jaar < start || jaar > eind)) Fout(key, $"{wie}: jaar {jaar} ligt buiten de programmaperiode {start}–{eind}.");
        }

        var partners = Uniek("partners", b.Partners, x => x.Naam, "Partner", "De partner");
        for (var i = 0; i < (b.Partners?.Count ?? 0); i++)
            if (b.Partners![i] is { } x)
            {
                var wie = $"Partner '{Naam(x.Naam)}'";
                Keuze($"partners[{i}].soort", wie, "soort", x.Soort, PartnerSoort.Alle);
                Keuze($"partners[{i}].rol", wie, "rol", x.Rol, PartnerRol.Alle);
                if (x.TekentToch == true && x.Rol is { } rol && PartnerRol.TekentAltijd(rol))
                    Fout($"partners[{i}].tekentToch", $"{wie}: 'tekentToch' geldt alleen voor een financier of adviseur; een {rol} tekent altijd. " +
                        "Laat het veld weg.");
                if (x.Uurtarief < 0) Fout($"partners[{i}].uurtarief", $"{wie}: het uurtarief {x.Uurtarief} is negatief; vul 0 of meer in of laat het weg.");
                else if (x.Uurtarief is { } t && decimal.Round(t, 2) != t)
                    Fout($"partners[{i}].uurtarief", $"{wie}: het uurtarief {t} heeft meer dan 2 decimalen; geef het op in hele centen.");
                else if (x.Uurtarief > Partners.PartnerRules.MaxUurtarief)
                    Fout($"partners[{i}].uurtarief", $"{wie}: een uurtarief van {x.Uurtarief} euro is niet aannemelijk (hooguit 1000).");
            }
        var wijken = Uniek("wijken", b.Wijken, x => x, "Wijk", "De wijk");

        var doelen = new HashSet<string>(StringComparer.Ordinal);
        Uniek("speerpunten", b.Speerpunten, x => x.Naam, "Speerpunt", "Het speerpunt");
        for (var s = 0; s < (b.Speerpunten?.Count ?? 0); s++)
            for (var i = 0; i < (b.Speerpunten![s]?.Doelstellingen?.Count ?? 0); i++)
            {
                var k = $"speerpunten[{s}].doelstellingen[{i}]";
                var d = b.Speerpunten[s]!.Doelstellingen![i];
                var n = Naam(d?.Naam);
                if (n == "") Fout($"{k}.naam", $"Speerpunt '{Naam(b.Speerpunten[s]!.Naam)}', doelstelling {i + 1}: de naam ontbreekt.");
                else if (!doelen.Add(n)) Fout($"{k}.naam", $"De doelstelling '{n}' staat meer dan één keer in het bestand; namen moeten uniek zijn.");
                var wie = $"Doelstelling '{n}'";
                if (d is null) continue;
                if (Leeg(d.Indicator?.Naam)) Fout($"{k}.indicator.naam", $"{wie}: de naam van de indicator ontbreekt.");
                Keuze($"{k}.meetfrequentie", wie, "meetfrequentie", d.Meetfrequentie, Meetfrequentie.Alle, verplicht: false);
                if (d.Rapporteur is { } rp && !partners.Contains(Naam(rp)))
                    Fout($"{k}.rapporteur", $"{wie}: rapporteur '{Naam(rp)}' is geen partner van het programma.");
                if (d.Nulmeting is { } nm && (nm.Waarde is null || nm.Jaar is null))
                    Fout($"{k}.nulmeting", $"{wie}: een nulmeting heeft een waarde én een jaar.");
                if ((d.Streefwaarden?.Count ?? 0) == 0)
                    Fout($"{k}.streefwaarden", $"{wie}: geef minstens één streefwaarde binnen de programmaperiode.");
                var jaren = new HashSet<int?>();
                for (var j = 0; j < (d.Streefwaarden?.Count ?? 0); j++)
                {
                    var sw = d.Streefwaarden![j];
                    Jaar($"{k}.streefwaarden[{j}].jaar", $"{wie}, streefwaarde", sw?.Jaar);
                    if (sw?.Waarde is null) Fout($"{k}.streefwaarden[{j}].waarde", $"{wie}: de streefwaarde voor {sw?.Jaar} ontbreekt.");
                    if (sw?.Jaar is not null && !jaren.Add(sw.Jaar))
                        Fout($"{k}.streefwaarden[{j}].jaar", $"{wie}: er staan twee streefwaarden voor {sw.Jaar}.");
                }
                var realisaties = new HashSet<(int?, string)>();
                for (var j = 0; j < (d.Realisaties?.Count ?? 0); j++)
                {
                    var r = d.Realisaties![j];
                    var rk = $"{k}.realisaties[{j}]";
                    Jaar($"{rk}.jaar", $"{wie}, realisatie", r?.Jaar);
                    if (r?.Waarde is null) Fout($"{rk}.waarde", $"{wie}: de waarde van realisatie {j + 1} ontbreekt.");
                    if (r?.Wijk is { } w && !wijken.Contains(Naam(w)))
                        Fout($"{rk}.wijk", $"{wie}: realisatie in wijk '{w}', maar die wijk staat niet bij de wijken van het programma.");
                    if (r?.Jaar is not null && !realisaties.Add((r.Jaar, Naam(r.Wijk))))
                        Fout(rk, $"{wie}: er staan twee realisaties voor {r.Jaar}{(r.Wijk is null ? "" : $" in wijk '{r.Wijk}'")}.");
                }
            }

        Uniek("projecten", b.Projecten, x => x.Naam, "Project", "Het project");
        // Per project name: who takes part, and how often each mijlpaal title occurs (a rapportage names a mijlpaal by its title).
        var projecten = new Dictionary<string, (HashSet<string> Deelnemers, Dictionary<string, int> Mijlpalen)>(StringComparer.Ordinal);
        for (var i = 0; i < (b.Projecten?.Count ?? 0); i++)
            if (b.Projecten![i] is { } x)
            {
                var (k, wie) = ($"projecten[{i}]", $"Project '{Naam(x.Naam)}'");
                Keuze($"{k}.status", wie, "status", x.Status, ProjectStatus.Alle);
                var trekker = Naam(x.Trekker);
                if (trekker == "") Fout($"{k}.trekker", $"{wie}: de trekker ontbreekt.");
                else if (!partners.Contains(trekker)) Fout($"{k}.trekker", $"{wie}: trekker '{trekker}' is geen partner van het programma.");
                var deelnemers = new HashSet<string>(StringComparer.Ordinal) { trekker };
                for (var j = 0; j < (x.Partners?.Count ?? 0); j++)
                {
                    var n = Naam(x.Partners![j]);
                    if (!partners.Contains(n)) Fout($"{k}.partners[{j}]", $"{wie}: partner '{n}' is geen partner van het programma.");
                    else if (!deelnemers.Add(n) && n != trekker) Fout($"{k}.partners[{j}]", $"{wie}: partner '{n}' staat twee keer in de lijst.");
                }
                var projectDoelen = new HashSet<string>(StringComparer.Ordinal);
                for (var j = 0; j < (x.Doelstellingen?.Count ?? 0); j++)
                {
                    var n = Naam(x.Doelstellingen![j]);
                    if (!doelen.Contains(n)) Fout($"{k}.doelstellingen[{j}]", $"{wie}: doelstelling '{n}' bestaat niet in het bestand.");
                    else if (!projectDoelen.Add(n)) Fout($"{k}.doelstellingen[{j}]", $"{wie}: doelstelling '{n}' staat twee keer in de lijst.");
                }
                var (van, tot) = (Dag($"{k}.startdatum", wie, "startdatum", x.Startdatum), Dag($"{k}.einddatum", wie, "einddatum", x.Einddatum));
                if (van > tot) Fout($"{k}.einddatum", $"{wie}: de einddatum {x.Einddatum} ligt vóór de startdatum {x.Startdatum}.");
                for (var j = 0; j < (x.Mijlpalen?.Count ?? 0); j++)
                {
                    var m = x.Mijlpalen![j];
                    if (Leeg(m?.Titel)) Fout($"{k}.mijlpalen[{j}].titel", $"{wie}, mijlpaal {j + 1}: de titel ontbreekt.");
                    Dag($"{k}.mijlpalen[{j}].datum", $"{wie}, mijlpaal {j + 1}", "datum", m?.Datum);
                    Keuze($"{k}.mijlpalen[{j}].status", $"{wie}, mijlpaal {j + 1}", "status", m?.Status, MijlpaalStatus.Alle);
                    NieuweDatum($"{k}.mijlpalen[{j}].nieuweDatum", $"{wie}, mijlpaal {j + 1}", m?.Status, m?.NieuweDatum);
                }
                var titels = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var m in x.Mijlpalen ?? [])
                    if (!Leeg(m?.Titel)) titels[Naam(m!.Titel)] = titels.GetValueOrDefault(Naam(m.Titel)) + 1;
                projecten.TryAdd(Naam(x.Naam), (deelnemers, titels));
                for (var j = 0; j < (x.Risicos?.Count ?? 0); j++)
                {
                    var r = x.Risicos![j];
                    if (Leeg(r?.Omschrijving)) Fout($"{k}.risicos[{j}].omschrijving", $"{wie}, risico {j + 1}: de omschrijving ontbreekt.");
                    Keuze($"{k}.risicos[{j}].kans", $"{wie}, risico {j + 1}", "kans", r?.Kans, RisicoNiveau.Alle);
                    Keuze($"{k}.risicos[{j}].impact", $"{wie}, risico {j + 1}", "impact", r?.Impact, RisicoNiveau.Alle);
                }
                var regels = new HashSet<(string, int?, string?)>();
                for (var j = 0; j < (x.Inzet?.Count ?? 0); j++)
                {
                    var r = x.Inzet![j];
                    var (rk, n) = ($"{k}.inzet[{j}]", Naam(r?.Partner));
                    var rwie = $"{wie}, inzet van '{n}' in {r?.Jaar}";
                    if (!partners.Contains(n)) Fout($"{rk}.partner", $"{rwie}: '{n}' is geen partner van het programma.");
                    else if (!deelnemers.Contains(n))
                        Fout($"{rk}.partner", $"{rwie}: die partner doet niet mee aan het project. Voeg de partner toe aan 'partners' van het project.");
                    Jaar($"{rk}.jaar", rwie, r?.Jaar);
                    Keuze($"{rk}.soort", rwie, "soort", r?.Soort, InzetSoort.Alle);
                    if (r?.Euro < 0) Fout($"{rk}.euro", $"{rwie}: het bedrag {r.Euro} is negatief; vul 0 of meer in.");
                    if (r?.Uren < 0) Fout($"{rk}.uren", $"{rwie}: het aantal uren {r.Uren} is negatief; vul 0 of meer in.");
                    if (r is not null && !regels.Add((n, r.Jaar, r.Soort)))
                        Fout(rk, $"{rwie}: er staan twee regels voor soort '{r.Soort}'; tel ze op tot één regel.");
                }
                var bestedingen = new HashSet<(string, int?)>();
                for (var j = 0; j < (x.Bestedingen?.Count ?? 0); j++)
                {
                    var r = x.Bestedingen![j];
                    var (rk, n) = ($"{k}.bestedingen[{j}]", Naam(r?.Partner));
                    var rwie = $"{wie}, besteding van '{n}' in {r?.Jaar}";
                    if (!partners.Contains(n)) Fout($"{rk}.partner", $"{rwie}: '{n}' is geen partner van het programma.");
                    else if (!deelnemers.Contains(n))
                        Fout($"{rk}.partner", $"{rwie}: die partner doet niet mee aan het project. Voeg de partner toe aan 'partners' van het project.");
                    Jaar($"{rk}.jaar", rwie, r?.Jaar);
                    Geld(rk, rwie, r?.Euro, r?.Uren);
                    if (r is not null && !bestedingen.Add((n, r.Jaar)))
                        Fout(rk, $"{rwie}: er staan twee bestedingen van die partner in dat jaar; tel ze op tot één regel.");
                }
                var statusjaren = new HashSet<int?>();
                for (var j = 0; j < (x.Jaarstatussen?.Count ?? 0); j++)
                {
                    var (rk, r) = ($"{k}.jaarstatussen[{j}]", x.Jaarstatussen![j]);
                    var rwie = $"{wie}, jaarstatus {r?.Jaar?.ToString(CultureInfo.InvariantCulture) ?? (j + 1).ToString(CultureInfo.InvariantCulture)}";
                    Jaar($"{rk}.jaar", rwie, r?.Jaar);
                    Keuze($"{rk}.status", rwie, "status", r?.Status, ProjectJaarstatus.Alle);
                    if (r?.Jaar is not null && !statusjaren.Add(r.Jaar)) Fout($"{rk}.jaar", $"{wie}: er staan twee jaarstatussen voor {r.Jaar}.");
                }
            }

        for (var i = 0; i < (b.Basisvoorwaarden?.Count ?? 0); i++)
            if (Leeg(b.Basisvoorwaarden![i])) Fout($"basisvoorwaarden[{i}]", $"Basisvoorwaarde {i + 1} is leeg.");
        Uniek("governance", b.Governance, x => x.Naam, "Orgaan", "Het orgaan");
        for (var i = 0; i < (b.Governance?.Count ?? 0); i++)
            for (var j = 0; j < (b.Governance![i]?.Leden?.Count ?? 0); j++)
            {
                var l = b.Governance[i]!.Leden![j];
                var wie = $"Orgaan '{Naam(b.Governance[i]!.Naam)}', lid {j + 1}";
                if (Leeg(l?.Naam)) Fout($"governance[{i}].leden[{j}].naam", $"{wie}: de naam ontbreekt.");
                if (l?.Partner is { } lp && !partners.Contains(Naam(lp)))
                    Fout($"governance[{i}].leden[{j}].partner", $"{wie}: '{lp}' is geen partner van het programma.");
            }

        var rondejaren = new HashSet<int?>();
        for (var i = 0; i < (b.Rapportagerondes?.Count ?? 0); i++)
        {
            var (k, rd) = ($"rapportagerondes[{i}]", b.Rapportagerondes![i]);
            var wie = rd?.Jaar is { } rj ? $"Rapportageronde {rj}" : $"Rapportageronde {i + 1}";
            if (rd is null) { Fout(k, $"{wie} is leeg."); continue; }
            Jaar($"{k}.jaar", wie, rd.Jaar);
            if (rd.Jaar is not null && !rondejaren.Add(rd.Jaar))
                Fout($"{k}.jaar", $"Er staan twee rapportagerondes voor {rd.Jaar} in het bestand; per jaar is er één ronde.");
            Dag($"{k}.uiterlijk", wie, "uiterlijke datum", rd.Uiterlijk);
            Moment($"{k}.geopendOp", wie, "openingsmoment", rd.GeopendOp);
            if (rd.GeslotenOp is not null) Moment($"{k}.geslotenOp", wie, "sluitingsmoment", rd.GeslotenOp);
            var rapporteurs = new HashSet<string>(StringComparer.Ordinal);
            for (var j = 0; j < (rd.Rapportages?.Count ?? 0); j++)
                if (rd.Rapportages![j] is { } r)
                    ControleerRapportage($"{k}.rapportages[{j}]", wie, r, rapporteurs);
                else Fout($"{k}.rapportages[{j}]", $"{wie}, rapportage {j + 1} is leeg.");
        }

        var gezien = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < (b.Hoofdstukken?.Count ?? 0); i++)
        {
            var (k, h) = ($"hoofdstukken[{i}]", b.Hoofdstukken![i]);
            var soort = Hoofdstukken.Hoofdstuksoort.Van(h?.Soort);
            if (soort is not { Vast: false })
            {
                var soorten = string.Join(", ", Hoofdstukken.Hoofdstuksoort.Bewerkbaar.Select(x => x.Soort));
                Fout($"{k}.soort", $"Hoofdstuk {i + 1}: soort '{h?.Soort}' bestaat niet; kies uit {soorten}.");
                continue;
            }
            var wie = $"Hoofdstuk '{soort.Titel}'";
            if (!gezien.Add(soort.Soort)) Fout($"{k}.soort", $"{wie} staat meer dan één keer in het bestand.");
            for (var j = 0; j < (h!.Velden?.Count ?? 0); j++)
                if (h.Velden![j] is not { } v || soort.Velden.All(x => x.Naam != v.Naam))
                    Fout($"{k}.velden[{j}].naam",
                        $"{wie}: veld '{h.Velden[j]?.Naam}' bestaat niet; kies uit {string.Join(", ", soort.Velden.Select(x => x.Naam))}.");
            for (var j = 0; j < (h.Rows?.Count ?? 0); j++)
            {
                var cellen = h.Rows![j]?.Cellen ?? [];
                var rwie = $"{wie}, rij {j + 1}";
                foreach (var cel in cellen)
                    if (soort.Kolommen.FirstOrDefault(x => x.Naam == cel?.Naam) is not { } kolom)
                        Fout($"{k}.rijen[{j}]", $"{rwie}: kolom '{cel?.Naam}' bestaat niet; kies uit {string.Join(", ", soort.Kolommen.Select(x => x.Naam))}.");
                    else if (kolom.Keuzes is { } keuzes)
                        Keuze($"{k}.rijen[{j}]", rwie, kolom.Label.ToLowerInvariant(), cel!.Waarde, keuzes, verplicht: false);
                if (Leeg(cellen.FirstOrDefault(x => x?.Naam == soort.Kolommen.FirstOrDefault()?.Naam)?.Waarde))
                    Fout($"{k}.rijen[{j}]", $"{rwie}: '{soort.Kolommen.FirstOrDefault()?.Label}' ontbreekt.");
            }
        }
        var hoofdstuktitels = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < (b.EigenHoofdstukken?.Count ?? 0); i++)
        {
            var (k, h) = ($"eigenHoofdstukken[{i}]", b.EigenHoofdstukken![i]);
            var titel = Naam(h?.Titel);
            var wie = titel == "" ? $"Eigen hoofdstuk {i + 1}" : $"Eigen hoofdstuk '{titel}'";
            if (titel == "") Fout($"{k}.titel", $"{wie}: de titel ontbreekt.");
            else if (!hoofdstuktitels.Add(titel)) Fout($"{k}.titel", $"{wie} staat meer dan één keer in het bestand; titels moeten uniek zijn.");
            Keuze($"{k}.na", wie, "na", h?.Na, Hoofdstukken.Hoofdstuksoort.Plaatsen.Select(x => x.Soort).ToList());
        }
        ControleerLeren(b, Fout, partners, wijken);
        return f;

        void ControleerRapportage(string k, string ronde, Rapportage r, HashSet<string> rapporteurs)
        {
            var n = Naam(r.Partner);
            var wie = $"{ronde}, rapportage van '{n}'";
            if (!partners.Contains(n)) Fout($"{k}.partner", $"{wie}: '{n}' is geen partner van het programma.");
            else if (!rapporteurs.Add(n))
                Fout($"{k}.partner", $"{ronde}: partner '{n}' heeft twee rapportages; per ronde heeft elke partner één rapportage.");
            Keuze($"{k}.status", wie, "status", r.Status, RapportageStatus.Alle);

            var cellen = new HashSet<(string, string)>();
            for (var j = 0; j < (r.Realisaties?.Count ?? 0); j++)
            {
                var (rk, x) = ($"{k}.realisaties[{j}]", r.Realisaties![j]);
                var d = Naam(x?.Doelstelling);
                if (!doelen.Contains(d)) Fout($"{rk}.doelstelling", $"{wie}: doelstelling '{d}' bestaat niet in het bestand.");
                if (x?.Wijk is { } w && !wijken.Contains(Naam(w)))
                    Fout($"{rk}.wijk", $"{wie}: realisatie in wijk '{w}', maar die wijk staat niet bij de wijken van het programma.");
                if (x?.Waarde is null) Fout($"{rk}.waarde", $"{wie}: de waarde voor doelstelling '{d}' ontbreekt.");
                if (x is not null && !cellen.Add((d, Naam(x.Wijk))))
                    Fout(rk, $"{wie}: doelstelling '{d}' staat twee keer in de rapportage{(x.Wijk is null ? "" : $" voor wijk '{x.Wijk}'")}.");
            }
            var bestedingen = new HashSet<string>(StringComparer.Ordinal);
            for (var j = 0; j < (r.Bestedingen?.Count ?? 0); j++)
            {
                var (rk, x) = ($"{k}.bestedingen[{j}]", r.Bestedingen![j]);
                var p = Naam(x?.Project);
                var bwie = $"{wie}, besteding aan '{p}'";
                if (!projecten.TryGetValue(p, out var project)) Fout($"{rk}.project", $"{wie}: project '{p}' bestaat niet in het bestand.");
                else if (partners.Contains(n) && !project.Deelnemers.Contains(n))
                    Fout($"{rk}.project", $"{bwie}: '{n}' doet niet mee aan dat project.");
                Geld(rk, bwie, x?.Euro, x?.Uren);
                if (x is not null && !bestedingen.Add(p)) Fout(rk, $"{wie}: project '{p}' staat twee keer bij de bestedingen.");
            }
            var statussen = new HashSet<string>(StringComparer.Ordinal);
            for (var j = 0; j < (r.Projectstatussen?.Count ?? 0); j++)
            {
                var (rk, x) = ($"{k}.projectstatussen[{j}]", r.Projectstatussen![j]);
                var p = Naam(x?.Project);
                if (!projecten.ContainsKey(p)) Fout($"{rk}.project", $"{wie}: project '{p}' bestaat niet in het bestand.");
                Keuze($"{rk}.status", $"{wie}, status van '{p}'", "status", x?.Status, ProjectJaarstatus.Alle);
                if (x is not null && !statussen.Add(p)) Fout(rk, $"{wie}: project '{p}' staat twee keer bij de projectstatussen.");
            }
            var mijlpalen = new HashSet<(string, string)>();
            for (var j = 0; j < (r.Mijlpalen?.Count ?? 0); j++)
            {
                var (rk, x) = ($"{k}.mijlpalen[{j}]", r.Mijlpalen![j]);
                var (p, t) = (Naam(x?.Project), Naam(x?.Mijlpaal));
                var mwie = $"{wie}, mijlpaal '{t}' van '{p}'";
                if (!projecten.TryGetValue(p, out var project)) Fout($"{rk}.project", $"{wie}: project '{p}' bestaat niet in het bestand.");
                else if (project.Mijlpalen.GetValueOrDefault(t) == 0)
                    Fout($"{rk}.mijlpaal", $"{wie}: project '{p}' heeft geen mijlpaal '{t}'.");
                else if (project.Mijlpalen[t] > 1)
                    Fout($"{rk}.mijlpaal", $"{wie}: project '{p}' heeft meer mijlpalen met de titel '{t}'; geef ze verschillende titels.");
                Keuze($"{rk}.status", mwie, "status", x?.Status, MijlpaalStatus.Alle);
                NieuweDatum($"{rk}.nieuweDatum", mwie, x?.Status, x?.NieuweDatum);
                if (x is not null && !mijlpalen.Add((p, t))) Fout(rk, $"{wie}: mijlpaal '{t}' van '{p}' staat twee keer in de rapportage.");
            }
            for (var j = 0; j < (r.Stappen?.Count ?? 0); j++)
            {
                var (rk, x) = ($"{k}.stappen[{j}]", r.Stappen![j]);
                var swie = $"{wie}, stap {j + 1}";
                Keuze($"{rk}.stap", swie, "stap", x?.Stap, Stappen);
                if (Leeg(x?.Door)) Fout($"{rk}.door", $"{swie}: wie de stap zette ('door') ontbreekt.");
                Moment($"{rk}.op", swie, "moment", x?.Op);
                if (x?.Stap == RapportageStatus.Teruggestuurd && Leeg(x.Reden))
                    Fout($"{rk}.reden", $"{swie}: een teruggestuurde rapportage heeft een reden; vul 'reden' in.");
            }
            StapVolgorde(k, wie, r);
        }

        // The steps are the rapportage's history: each follows from the one before, and the status is where the last one left it.
        void StapVolgorde(string k, string wie, Rapportage r)
        {
            var stand = RapportageStatus.Open;
            for (var j = 0; j < (r.Stappen?.Count ?? 0); j++)
            {
                if (r.Stappen![j]?.Stap is not { } stap || !Stappen.Contains(stap)) return; // reported above
                var kan = stand switch
                {
                    RapportageStatus.Open or RapportageStatus.Teruggestuurd => stap == RapportageStatus.Ingediend,
                    RapportageStatus.Ingediend => stap is RapportageStatus.Teruggestuurd or RapportageStatus.Geaccepteerd,
                    _ => false,
                };
                if (!kan)
                {
                    Fout($"{k}.stappen[{j}].stap", $"{wie}, stap {j + 1}: een rapportage die {stand} is, kan niet {stap} worden; " +
                        "na open of teruggestuurd komt ingediend, na ingediend teruggestuurd of geaccepteerd.");
                    return;
                }
                stand = stap;
            }
            if (r.Status is { } status && RapportageStatus.Alle.Contains(status) && status != stand)
                Fout($"{k}.status", $"{wie}: de status is '{status}', maar volgens de stappen is de rapportage {stand}; " +
                    "maak de status gelijk aan de laatste stap (zonder stappen: open).");
        }

        void Geld(string key, string wie, decimal? euro, decimal? uren)
        {
            if (euro < 0) Fout($"{key}.euro", $"{wie}: het bedrag {euro} is negatief; vul 0 of meer in.");
            else if (euro is { } e && decimal.Round(e, 2) != e)
                Fout($"{key}.euro", $"{wie}: het bedrag {euro} heeft meer dan 2 decimalen; geef het op in hele centen.");
            if (uren < 0) Fout($"{key}.uren", $"{wie}: het aantal uren {uren} is negatief; vul 0 of meer in.");
            else if (uren is { } u && decimal.Round(u, 2) != u)
                Fout($"{key}.uren", $"{wie}: het aantal uren {uren} heeft meer dan 2 decimalen.");
        }

        void NieuweDatum(string key, string wie, string? status, string? tekst)
        {
            if (tekst is null) return;
            if (status != MijlpaalStatus.Vertraagd)
                Fout(key, $"{wie}: een nieuwe datum hoort alleen bij een vertraagde mijlpaal; zet de status op vertraagd of laat 'nieuweDatum' weg.");
            else Dag(key, wie, "nieuwe datum", tekst);
        }

        void Moment(string key, string wie, string veld, string? tekst)
        {
            if (tekst is null) Fout(key, $"{wie}: het {veld} ontbreekt.");
            else if (!DateTimeOffset.TryParseExact(tekst, StempelFormaat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _))
                Fout(key, $"{wie}: het {veld} '{tekst}' is geen tijdstip; schrijf het als jjjj-mm-ddTuu:mm:ss.mmmZ (UTC), " +
                          "bijvoorbeeld 2019-02-01T09:30:00.000Z.");
        }

        DateOnly? Dag(string key, string wie, string veld, string? tekst)
        {
            if (DateOnly.TryParseExact(tekst, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
            Fout(key, tekst is null ? $"{wie}: de {veld} ontbreekt."
                : $"{wie}: de {veld} '{tekst}' is geen datum; schrijf die als jjjj-mm-dd, bijvoorbeeld 2018-03-01.");
            return null;
        }
    }

    /// <summary>A stored moment, as <see cref="Tijd.Stempel(DateTimeOffset)"/> writes it.</summary>
    public const string StempelFormaat = "yyyy-MM-ddTHH:mm:ss.fffZ";

    /// <summary>The steps a rapportage can take; open is where it starts, not a step.</summary>
    private static readonly IReadOnlyList<string> Stappen =
        [RapportageStatus.Ingediend, RapportageStatus.Teruggestuurd, RapportageStatus.Geaccepteerd];

    private sealed record ProgrammaVelden(string Naam, int Startjaar, int Eindjaar, string Fase);

    private static readonly InlineValidator<ProgrammaVelden> ProgrammaValidator = Maak();

    private static InlineValidator<ProgrammaVelden> Maak()
    {
        var v = new InlineValidator<ProgrammaVelden>();
        ProgrammaRules.Apply(v, x => x.Naam, x => x.Startjaar, x => x.Eindjaar, x => x.Fase);
        return v;
    }

    public static string Datum(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Writes decimals without trailing zeros (12500.00 → 12500), so a value reads back and writes out the same.</summary>
    private sealed class NormaleDecimaal : JsonConverter<decimal>
    {
        public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDecimal();

        public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
            writer.WriteNumberValue(value / 1.000000000000000000000000000000000m);
    }
}
