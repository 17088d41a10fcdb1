using static ProgrammaPlanner.Core.Programmas.ProgrammaBestand;
using G = ProgrammaPlanner.Core.Tekstgrenzen;

namespace ProgrammaPlanner.Core.Programmas;

/// <summary>
/// The import's length check: every text of the file against the limit the command for that field has
/// (<see cref="Tekstgrenzen"/>), references and value-list words included, so no later message quotes a huge text back.
/// Messages name the field and the item ("Partner 'Zorgpunt': de plaats is te lang (101 tekens, maximaal 100).").
/// </summary>
public static class ImportGrenzen
{
    public static Dictionary<string, List<string>> Controleer(Bestand b)
    {
        var f = new Dictionary<string, List<string>>();
        void Grens(string key, string wie, string veld, string? tekst, int max)
        {
            if (tekst is null || tekst.Length <= max) return;
            if (!f.TryGetValue(key, out var l)) f[key] = l = [];
            l.Add($"{wie}: {veld} is te lang ({Opmaak.GetalAfgerond(tekst.Length)} tekens, maximaal {max}).");
        }
        // An item is named by its name when that is within its limit, else by its number.
        static string Wie(string soort, int i, string? naam, int max) =>
            string.IsNullOrWhiteSpace(naam) || naam.Length > max ? $"{soort} {i + 1}" : $"{soort} '{Naam(naam)}'";

        Grens("formaat", "Bestand", "het formaat", b.Formaat, G.Kort);
        if (b.Programma is { } p)
        {
            const string wie = "Programma";
            Grens("programma.naam", wie, "de naam", p.Naam, G.Naam);
            Grens("programma.motto", wie, "het motto", p.Motto, G.Titel);
            Grens("programma.gebied", wie, "het gebied", p.Gebied, G.Naam);
            Grens("programma.fase", wie, "de fase", p.Fase, G.Kort);
            Grens("programma.aanleiding", wie, "de aanleiding", p.Aanleiding, G.LangeTekst);
            Grens("programma.ambitie", wie, "de ambitie", p.Ambitie, G.LangeTekst);
        }

        for (var i = 0; i < (b.Partners?.Count ?? 0); i++)
            if (b.Partners![i] is { } x)
            {
                var (k, wie) = ($"partners[{i}]", Wie("Partner", i, x.Naam, G.Naam));
                Grens($"{k}.naam", wie, "de naam", x.Naam, G.Naam);
                Grens($"{k}.soort", wie, "de soort", x.Soort, G.Kort);
                Grens($"{k}.rol", wie, "de rol", x.Rol, G.Kort);
                Grens($"{k}.contactpersoon", wie, "de naam van de contactpersoon", x.Contactpersoon, G.Naam);
                Grens($"{k}.email", wie, "het e-mailadres", x.Email, G.Email);
                Grens($"{k}.bestuurderNaam", wie, "de naam van de bestuurder", x.BestuurderNaam, G.Naam);
                Grens($"{k}.bestuurderFunctie", wie, "de functie van de bestuurder", x.BestuurderFunctie, G.Naam);
                Grens($"{k}.plaats", wie, "de plaats", x.Plaats, G.Kort);
            }
        for (var i = 0; i < (b.Wijken?.Count ?? 0); i++)
            Grens($"wijken[{i}].naam", $"Wijk {i + 1}", "de naam", b.Wijken![i], G.Naam);

        for (var s = 0; s < (b.Speerpunten?.Count ?? 0); s++)
            if (b.Speerpunten![s] is { } sp)
            {
                var (k, wie) = ($"speerpunten[{s}]", Wie("Speerpunt", s, sp.Naam, G.Naam));
                Grens($"{k}.naam", wie, "de naam", sp.Naam, G.Naam);
                Grens($"{k}.analyse", wie, "de analyse", sp.Analyse, G.LangeTekst);
                for (var i = 0; i < (sp.Doelstellingen?.Count ?? 0); i++)
                    if (sp.Doelstellingen![i] is { } d)
                    {
                        var (dk, dwie) = ($"{k}.doelstellingen[{i}]", $"{wie}, {Wie("doelstelling", i, d.Naam, G.Titel)}");
                        Grens($"{dk}.naam", dwie, "de naam", d.Naam, G.Titel);
                        Grens($"{dk}.omschrijving", dwie, "de omschrijving", d.Omschrijving, G.Tekst);
                        Grens($"{dk}.indicator.naam", dwie, "de naam van de indicator", d.Indicator?.Naam, G.Titel);
                        Grens($"{dk}.indicator.eenheid", dwie, "de eenheid van de indicator", d.Indicator?.Eenheid, G.Kort);
                        Grens($"{dk}.indicator.bron", dwie, "de bron van de indicator", d.Indicator?.Bron, G.Titel);
                        Grens($"{dk}.meetfrequentie", dwie, "de meetfrequentie", d.Meetfrequentie, G.Kort);
                        Grens($"{dk}.rapporteur", dwie, "de rapporteur", d.Rapporteur, G.Naam);
                        for (var j = 0; j < (d.Realisaties?.Count ?? 0); j++)
                            Grens($"{dk}.realisaties[{j}].wijk", $"{dwie}, realisatie {j + 1}", "de wijk", d.Realisaties![j]?.Wijk, G.Naam);
                    }
            }

        for (var i = 0; i < (b.Projecten?.Count ?? 0); i++)
            if (b.Projecten![i] is { } x)
            {
                var (k, wie) = ($"projecten[{i}]", Wie("Project", i, x.Naam, G.Titel));
                Grens($"{k}.naam", wie, "de naam", x.Naam, G.Titel);
                Grens($"{k}.doel", wie, "het doel", x.Doel, G.Tekst);
                Grens($"{k}.status", wie, "de status", x.Status, G.Kort);
                Grens($"{k}.trekker", wie, "de trekker", x.Trekker, G.Naam);
                Grens($"{k}.startdatum", wie, "de startdatum", x.Startdatum, G.Kort);
                Grens($"{k}.einddatum", wie, "de einddatum", x.Einddatum, G.Kort);
                for (var j = 0; j < (x.Partners?.Count ?? 0); j++)
                    Grens($"{k}.partners[{j}]", wie, $"partner {j + 1}", x.Partners![j], G.Naam);
                for (var j = 0; j < (x.Doelstellingen?.Count ?? 0); j++)
                    Grens($"{k}.doelstellingen[{j}]", wie, $"doelstelling {j + 1}", x.Doelstellingen![j], G.Titel);
                for (var j = 0; j < (x.Mijlpalen?.Count ?? 0); j++)
                {
                    var (mk, m) = ($"{k}.mijlpalen[{j}]", x.Mijlpalen![j]);
                    Grens($"{mk}.titel", $"{wie}, mijlpaal {j + 1}", "de titel", m?.Titel, G.Titel);
                    Grens($"{mk}.datum", $"{wie}, mijlpaal {j + 1}", "de datum", m?.Datum, G.Kort);
                    Grens($"{mk}.status", $"{wie}, mijlpaal {j + 1}", "de status", m?.Status, G.Kort);
                    Grens($"{mk}.nieuweDatum", $"{wie}, mijlpaal {j + 1}", "de nieuwe datum", m?.NieuweDatum, G.Kort);
                }
                for (var j = 0; j < (x.Risicos?.Count ?? 0); j++)
                {
                    var (rk, r) = ($"{k}.risicos[{j}]", x.Risicos![j]);
                    Grens($"{rk}.omschrijving", $"{wie}, risico {j + 1}", "de omschrijving", r?.Omschrijving, G.Tekst);
                    Grens($"{rk}.kans", $"{wie}, risico {j + 1}", "de kans", r?.Kans, G.Kort);
                    Grens($"{rk}.impact", $"{wie}, risico {j + 1}", "de impact", r?.Impact, G.Kort);
                    Grens($"{rk}.maatregel", $"{wie}, risico {j + 1}", "de maatregel", r?.Maatregel, G.Tekst);
                }
                for (var j = 0; j < (x.Inzet?.Count ?? 0); j++)
                {
                    var (ik, r) = ($"{k}.inzet[{j}]", x.Inzet![j]);
                    Grens($"{ik}.partner", $"{wie}, inzet {j + 1}", "de partner", r?.Partner, G.Naam);
                    Grens($"{ik}.soort", $"{wie}, inzet {j + 1}", "de soort", r?.Soort, G.Kort);
                }
                for (var j = 0; j < (x.Bestedingen?.Count ?? 0); j++)
                    Grens($"{k}.bestedingen[{j}].partner", $"{wie}, besteding {j + 1}", "de partner", x.Bestedingen![j]?.Partner, G.Naam);
                for (var j = 0; j < (x.Jaarstatussen?.Count ?? 0); j++)
                {
                    var (jk, r) = ($"{k}.jaarstatussen[{j}]", x.Jaarstatussen![j]);
                    Grens($"{jk}.status", $"{wie}, jaarstatus {j + 1}", "de status", r?.Status, G.Kort);
                    Grens($"{jk}.toelichting", $"{wie}, jaarstatus {j + 1}", "de toelichting", r?.Toelichting, G.Tekst);
                }
            }

        for (var i = 0; i < (b.Basisvoorwaarden?.Count ?? 0); i++)
            Grens($"basisvoorwaarden[{i}]", $"Basisvoorwaarde {i + 1}", "de tekst", b.Basisvoorwaarden![i], G.KorteTekst);
        for (var i = 0; i < (b.Governance?.Count ?? 0); i++)
            if (b.Governance![i] is { } o)
            {
                var (k, wie) = ($"governance[{i}]", Wie("Orgaan", i, o.Naam, G.Naam));
                Grens($"{k}.naam", wie, "de naam", o.Naam, G.Naam);
                Grens($"{k}.mandaat", wie, "het mandaat", o.Mandaat, G.Tekst);
                for (var j = 0; j < (o.Leden?.Count ?? 0); j++)
                {
                    var (lk, l) = ($"{k}.leden[{j}]", o.Leden![j]);
                    Grens($"{lk}.naam", $"{wie}, lid {j + 1}", "de naam", l?.Naam, G.Naam);
                    Grens($"{lk}.functie", $"{wie}, lid {j + 1}", "de functie", l?.Functie, G.Naam);
                    Grens($"{lk}.partner", $"{wie}, lid {j + 1}", "de partner", l?.Partner, G.Naam);
                }
            }
        for (var i = 0; i < (b.Rapportagerondes?.Count ?? 0); i++)
            if (b.Rapportagerondes![i] is { } rd)
            {
                var (k, wie) = ($"rapportagerondes[{i}]", $"Rapportageronde {i + 1}");
                Grens($"{k}.uiterlijk", wie, "de uiterlijke datum", rd.Uiterlijk, G.Kort);
                Grens($"{k}.toelichting", wie, "de toelichting", rd.Toelichting, G.Tekst);
                Grens($"{k}.geopendOp", wie, "het openingsmoment", rd.GeopendOp, G.Kort);
                Grens($"{k}.geopendDoor", wie, "wie de ronde opende", rd.GeopendDoor, G.Naam);
                Grens($"{k}.geslotenOp", wie, "het sluitingsmoment", rd.GeslotenOp, G.Kort);
                for (var j = 0; j < (rd.Rapportages?.Count ?? 0); j++)
                    if (rd.Rapportages![j] is { } r)
                    {
                        var (rk, rwie) = ($"{k}.rapportages[{j}]", $"{wie}, {Wie("rapportage van partner", j, r.Partner, G.Naam)}");
                        Grens($"{rk}.partner", rwie, "de partner", r.Partner, G.Naam);
                        Grens($"{rk}.status", rwie, "de status", r.Status, G.Kort);
                        for (var m = 0; m < (r.Realisaties?.Count ?? 0); m++)
                        {
                            var (mk, x) = ($"{rk}.realisaties[{m}]", r.Realisaties![m]);
                            Grens($"{mk}.doelstelling", $"{rwie}, realisatie {m + 1}", "de doelstelling", x?.Doelstelling, G.Titel);
                            Grens($"{mk}.wijk", $"{rwie}, realisatie {m + 1}", "de wijk", x?.Wijk, G.Naam);
                        }
                        for (var m = 0; m < (r.Bestedingen?.Count ?? 0); m++)
                            Grens($"{rk}.bestedingen[{m}].project", $"{rwie}, besteding {m + 1}", "het project", r.Bestedingen![m]?.Project, G.Titel);
                        for (var m = 0; m < (r.Projectstatussen?.Count ?? 0); m++)
                        {
                            var (mk, x) = ($"{rk}.projectstatussen[{m}]", r.Projectstatussen![m]);
                            Grens($"{mk}.project", $"{rwie}, projectstatus {m + 1}", "het project", x?.Project, G.Titel);
                            Grens($"{mk}.status", $"{rwie}, projectstatus {m + 1}", "de status", x?.Status, G.Kort);
                            Grens($"{mk}.toelichting", $"{rwie}, projectstatus {m + 1}", "de toelichting", x?.Toelichting, G.Tekst);
                        }
                        for (var m = 0; m < (r.Mijlpalen?.Count ?? 0); m++)
                        {
                            var (mk, x) = ($"{rk}.mijlpalen[{m}]", r.Mijlpalen![m]);
                            Grens($"{mk}.project", $"{rwie}, mijlpaal {m + 1}", "het project", x?.Project, G.Titel);
                            Grens($"{mk}.mijlpaal", $"{rwie}, mijlpaal {m + 1}", "de titel", x?.Mijlpaal, G.Titel);
                            Grens($"{mk}.status", $"{rwie}, mijlpaal {m + 1}", "de status", x?.Status, G.Kort);
                            Grens($"{mk}.nieuweDatum", $"{rwie}, mijlpaal {m + 1}", "de nieuwe datum", x?.NieuweDatum, G.Kort);
                        }
                        for (var m = 0; m < (r.Stappen?.Count ?? 0); m++)
                        {
                            var (mk, x) = ($"{rk}.stappen[{m}]", r.Stappen![m]);
                            Grens($"{mk}.stap", $"{rwie}, stap {m + 1}", "de stap", x?.Stap, G.Kort);
                            Grens($"{mk}.reden", $"{rwie}, stap {m + 1}", "de reden", x?.Reden, G.Tekst);
                            Grens($"{mk}.door", $"{rwie}, stap {m + 1}", "wie de stap zette", x?.Door, G.Naam);
                            Grens($"{mk}.op", $"{rwie}, stap {m + 1}", "het moment", x?.Op, G.Kort);
                        }
                    }
            }
        for (var i = 0; i < (b.Hoofdstukken?.Count ?? 0); i++)
            if (b.Hoofdstukken![i] is { } h)
            {
                var (k, wie) = ($"hoofdstukken[{i}]", $"Hoofdstuk {i + 1}");
                Grens($"{k}.soort", wie, "de soort", h.Soort, G.Kort);
                Grens($"{k}.tekst", wie, "de tekst", h.Tekst, G.LangeTekst);
                for (var j = 0; j < (h.Velden?.Count ?? 0); j++)
                {
                    Grens($"{k}.velden[{j}].naam", $"{wie}, veld {j + 1}", "de naam", h.Velden![j]?.Naam, G.Kort);
                    Grens($"{k}.velden[{j}].waarde", $"{wie}, veld {j + 1}", "de waarde", h.Velden[j]?.Waarde, G.Tekst);
                }
                for (var j = 0; j < (h.Rows?.Count ?? 0); j++)
                    for (var m = 0; m < (h.Rows![j]?.Cellen?.Count ?? 0); m++)
                    {
                        var cel = h.Rows[j]!.Cellen![m];
                        Grens($"{k}.rijen[{j}]", $"{wie}, rij {j + 1}", "de kolomnaam", cel?.Naam, G.Kort);
                        Grens($"{k}.rijen[{j}]", $"{wie}, rij {j + 1}", "een cel", cel?.Waarde, G.KorteTekst);
                    }
            }
        for (var i = 0; i < (b.EigenHoofdstukken?.Count ?? 0); i++)
            if (b.EigenHoofdstukken![i] is { } h)
            {
                var (k, wie) = ($"eigenHoofdstukken[{i}]", $"Eigen hoofdstuk {i + 1}");
                Grens($"{k}.titel", wie, "de titel", h.Titel, G.Titel);
                Grens($"{k}.na", wie, "de plaats", h.Na, G.Kort);
                Grens($"{k}.tekst", wie, "de tekst", h.Tekst, G.LangeTekst);
            }

        for (var i = 0; i < (b.Verbondsgroepen?.Count ?? 0); i++)
            if (b.Verbondsgroepen![i] is { } g)
            {
                var (k, wie) = ($"verbondsgroepen[{i}]", Wie("Verbondsgroep", i, g.Naam, G.Naam));
                Grens($"{k}.naam", wie, "de naam", g.Naam, G.Naam);
                Grens($"{k}.wijk", wie, "de wijk", g.Wijk, G.Naam);
                for (var j = 0; j < (g.Leden?.Count ?? 0); j++)
                {
                    var (lk, l) = ($"{k}.leden[{j}]", g.Leden![j]);
                    Grens($"{lk}.naam", $"{wie}, lid {j + 1}", "de naam", l?.Naam, G.Naam);
                    Grens($"{lk}.soort", $"{wie}, lid {j + 1}", "de soort", l?.Soort, G.Kort);
                    Grens($"{lk}.partner", $"{wie}, lid {j + 1}", "de partner", l?.Partner, G.Naam);
                    Grens($"{lk}.organisatie", $"{wie}, lid {j + 1}", "de organisatie", l?.Organisatie, G.Naam);
                    Grens($"{lk}.discipline", $"{wie}, lid {j + 1}", "de discipline", l?.Discipline, G.Naam);
                }
            }
        for (var i = 0; i < (b.Ontwikkelopgaven?.Count ?? 0); i++)
            if (b.Ontwikkelopgaven![i] is { } o)
            {
                var (k, wie) = ($"ontwikkelopgaven[{i}]", Wie("Ontwikkelopgave", i, o.Titel, G.Titel));
                Grens($"{k}.titel", wie, "de titel", o.Titel, G.Titel);
                Grens($"{k}.vraag", wie, "de vraag", o.Vraag, G.Tekst);
                Grens($"{k}.terrein", wie, "het terrein", o.Terrein, G.Naam);
                Grens($"{k}.verbondsgroep", wie, "de verbondsgroep", o.Verbondsgroep, G.Naam);
                Grens($"{k}.status", wie, "de status", o.Status, G.Kort);
                Grens($"{k}.bevindingen", wie, "de bevindingen", o.Bevindingen, G.LangeTekst);
                Grens($"{k}.aanbeveling", wie, "de aanbeveling", o.Aanbeveling, G.LangeTekst);
            }
        for (var i = 0; i < (b.Verhalen?.Count ?? 0); i++)
            if (b.Verhalen![i] is { } v)
            {
                var (k, wie) = ($"verhalen[{i}]", Wie("Verhaal", i, v.Titel, G.Titel));
                Grens($"{k}.titel", wie, "de titel", v.Titel, G.Titel);
                Grens($"{k}.tekst", wie, "de tekst", v.Tekst, G.LangeTekst);
                Grens($"{k}.verteller", wie, "de verteller", v.Verteller, G.Kort);
                Grens($"{k}.verbondsgroep", wie, "de verbondsgroep", v.Verbondsgroep, G.Naam);
                Grens($"{k}.opgetekendOp", wie, "de datum", v.OpgetekendOp, G.Kort);
                for (var j = 0; j < (v.Bestaanszekerheden?.Count ?? 0); j++)
                    Grens($"{k}.bestaanszekerheden[{j}]", wie, $"bestaanszekerheid {j + 1}", v.Bestaanszekerheden![j], G.Kort);
                for (var j = 0; j < (v.Ontwikkelopgaven?.Count ?? 0); j++)
                    Grens($"{k}.ontwikkelopgaven[{j}]", wie, $"ontwikkelopgave {j + 1}", v.Ontwikkelopgaven![j], G.Titel);
            }
        for (var i = 0; i < (b.Maatwerk?.Casussen?.Count ?? 0); i++)
            if (b.Maatwerk!.Casussen![i] is { } x)
            {
                var (k, wie) = ($"maatwerk.casussen[{i}]", $"Maatwerkcasus {i + 1}");
                Grens($"{k}.verbondsgroep", wie, "de verbondsgroep", x.Verbondsgroep, G.Naam);
                Grens($"{k}.omschrijving", wie, "de omschrijving", x.Omschrijving, G.Tekst);
                Grens($"{k}.regel", wie, "de regel", x.Regel, G.KorteTekst);
                Grens($"{k}.beslotenDoor", wie, "wie besloot", x.BeslotenDoor, G.Naam);
                Grens($"{k}.tweedeBeslisser", wie, "de tweede beslisser", x.TweedeBeslisser, G.Naam);
                Grens($"{k}.beslotenOp", wie, "de datum", x.BeslotenOp, G.Kort);
            }
        return f;
    }
}
