using System.Data.Common;
using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Programmaplan;
using static ProgrammaPlanner.Core.Programmas.ProgrammaBestand;

namespace ProgrammaPlanner.Core.Programmas;

/// <summary>
/// The whole programma as a <see cref="ProgrammaBestand"/> JSON text, built from the programmaplan read model plus the
/// steering years (mijlpalen with their nieuwe datum, bestedingen, jaarstatussen, rapportagerondes), read in the same snapshot.
/// A programma without steering data writes exactly the file it wrote before those fields existed.
/// </summary>
public static class ExportProgramma
{
    public sealed record Query(long ProgrammaId) : IRequest<string>, IProgrammaScoped;

    public sealed class Handler(Db db) : IRequestHandler<Query, string>
    {
        public async Task<string> Handle(Query query, CancellationToken ct)
        {
            GetProgrammaplan.Programmaplan plan;
            Sturing sturing;
            Dictionary<long, long> rapporteurs;
            (List<Verbondsgroep>? Groepen, List<Ontwikkelopgave>? Opgaven, List<Verhaal>? Verhalen, ProgrammaBestand.Maatwerk? Maatwerk) leren;
            await using (var c = await db.OpenAsync(ct))
            await using (var tx = await db.BeginSnapshotAsync(c, ct))
            {
                plan = await GetProgrammaplan.LoadAsync(c, tx, query.ProgrammaId);
                sturing = await LoadSturingAsync(c, tx, query.ProgrammaId);
                rapporteurs = (await c.QueryAsync<(long Id, long PartnerId)>(
                    "SELECT id, rapporteur_partner_id FROM doelstelling WHERE programma_id = @ProgrammaId AND rapporteur_partner_id IS NOT NULL",
                    query, tx)).ToDictionary(x => x.Id, x => x.PartnerId);
                leren = await LoadLerenAsync(c, tx, query.ProgrammaId, plan.Partners.ToDictionary(x => x.Id, x => x.Naam),
                    plan.Wijken.ToDictionary(x => x.Id, x => x.Naam));
            }
            var p = plan.Programma;
            var partnerNaam = plan.Partners.ToDictionary(x => x.Id, x => x.Naam);
            var partnerIndex = plan.Partners.Select((x, i) => (x.Id, i)).ToDictionary(x => x.Id, x => x.i);
            var projectNaam = plan.Projecten.ToDictionary(x => x.Id, x => x.Naam);
            var wijkNaam = plan.Wijken.ToDictionary(x => x.Id, x => x.Naam);
            var wijkIndex = plan.Wijken.Select((x, i) => (x.Id, i)).ToDictionary(x => x.Id, x => x.i);
            var doelen = plan.Speerpunten.SelectMany(x => x.Doelstellingen).Select((d, i) => (d.Id, d.Naam, i)).ToDictionary(x => x.Id);
            var mijlpalen = sturing.Mijlpalen.ToLookup(m => m.ProjectId);
            var mijlpaal = sturing.Mijlpalen.Select((m, i) => (m, i)).ToDictionary(x => x.m.Id, x => (x.m.ProjectId, x.m.Titel, Volgorde: x.i));
            var bestedingen = sturing.Bestedingen.ToLookup(b => b.ProjectId);
            var jaarstatussen = sturing.Jaarstatussen.ToLookup(j => j.ProjectId);
            var rapportages = sturing.Rapportages.ToLookup(r => r.RondeId);
            var realisaties = sturing.Realisaties.ToLookup(r => r.RapportageId);
            var rBestedingen = sturing.RapportageBestedingen.ToLookup(r => r.RapportageId);
            var rStatussen = sturing.RapportageStatussen.ToLookup(r => r.RapportageId);
            var rMijlpalen = sturing.RapportageMijlpalen.ToLookup(r => r.RapportageId);
            var stappen = sturing.Stappen.ToLookup(r => r.RapportageId);
            static List<T>? OfNull<T>(List<T> lijst) => lijst.Count == 0 ? null : lijst; // no steering data: the field stays out

            return Schrijf(new Bestand(
                Formaat,
                new Gegevens(p.Naam, p.Motto, p.Gebied, p.Startjaar, p.Eindjaar, p.Fase, p.Aanleiding, p.Ambitie),
                plan.Partners.Select(x => new Partner(
                    x.Naam, x.Soort, x.Rol, x.Contactpersoon, x.Email, x.BestuurderNaam, x.BestuurderFunctie, x.Plaats, x.Uurtarief,
                    x.TekentToch ? true : null)).ToList(),
                plan.Wijken.Select(w => w.Naam).ToList(),
                plan.Speerpunten.Select(s => new Speerpunt(s.Naam, s.Analyse, s.Doelstellingen.Select(d => new Doelstelling(
                    d.Naam, d.Omschrijving,
                    new Indicator(d.IndicatorNaam, d.IndicatorEenheid, d.IndicatorBron, d.HogerIsBeter),
                    d.Meetfrequentie,
                    d.NulmetingWaarde is null && d.NulmetingJaar is null ? null : new Nulmeting(d.NulmetingWaarde, d.NulmetingJaar),
                    d.Streefwaarden.Select(w => new Jaarwaarde(w.Jaar, w.Waarde)).ToList(),
                    d.Realisaties.Select(r => new Realisatie(r.Jaar, r.Wijk, r.Waarde)).ToList(),
                    rapporteurs.TryGetValue(d.Id, out var rp) ? partnerNaam[rp] : null)).ToList())).ToList(),
                plan.Projecten.Select(x => new Project(
                    x.Naam, x.Doel, x.Doorbraak, x.Status, x.Trekker,
                    x.Partners.Where(n => n != x.Trekker).ToList(), // the trekker is implicitly a partner
                    x.Doelstellingen.ToList(),
                    Datum(x.Startdatum), Datum(x.Einddatum),
                    mijlpalen[x.Id].Select(m => new Mijlpaal(m.Titel, Datum(m.Datum), m.Status, DatumOfNull(m.NieuweDatum))).ToList(),
                    x.Risicos.Select(r => new Risico(r.Omschrijving, r.Kans, r.Impact, r.Maatregel)).ToList(),
                    x.Inzet.Select(i => new Inzet(i.Partner, i.Jaar, i.Soort, i.Euro, i.Uren)).ToList(),
                    OfNull(bestedingen[x.Id].OrderBy(b => partnerIndex[b.PartnerId]).ThenBy(b => b.Jaar)
                        .Select(b => new Besteding(partnerNaam[b.PartnerId], b.Jaar, b.Euro, b.Uren)).ToList()),
                    OfNull(jaarstatussen[x.Id].OrderBy(j => j.Jaar).Select(j => new Jaarstatus(j.Jaar, j.Status, j.Toelichting)).ToList())))
                    .ToList(),
                plan.Basisvoorwaarden.ToList(),
                plan.Organen.Select(o => new Orgaan(o.Naam, o.Mandaat, o.Leden.Select(l => new Lid(l.Naam, l.Functie, l.Partner)).ToList())).ToList(),
                OfNull(sturing.Rondes.Select(rd => new Rapportageronde(
                    rd.Jaar, Datum(rd.Uiterlijk), rd.Toelichting, rd.GeopendOp, rd.GeopendDoor, rd.GeslotenOp,
                    rapportages[rd.Id].OrderBy(r => partnerIndex[r.PartnerId]).Select(r => new Rapportage(
                        partnerNaam[r.PartnerId], r.Status,
                        realisaties[r.Id].OrderBy(x => doelen[x.DoelstellingId].i)
                            .ThenBy(x => x.WijkId is { } w ? wijkIndex[w] : -1)
                            .Select(x => new RapportageRealisatie(doelen[x.DoelstellingId].Naam, x.WijkId is { } w ? wijkNaam[w] : null, x.Waarde))
                            .ToList(),
                        rBestedingen[r.Id].OrderBy(x => x.ProjectId)
                            .Select(x => new RapportageBesteding(projectNaam[x.ProjectId], x.Euro, x.Uren)).ToList(),
                        rStatussen[r.Id].OrderBy(x => x.ProjectId)
                            .Select(x => new RapportageProjectstatus(projectNaam[x.ProjectId], x.Status, x.Toelichting)).ToList(),
                        rMijlpalen[r.Id].OrderBy(x => mijlpaal[x.MijlpaalId].ProjectId).ThenBy(x => mijlpaal[x.MijlpaalId].Volgorde)
                            .Select(x => new RapportageMijlpaal(
                                projectNaam[mijlpaal[x.MijlpaalId].ProjectId], mijlpaal[x.MijlpaalId].Titel, x.Status, DatumOfNull(x.NieuweDatum)))
                            .ToList(),
                        stappen[r.Id].Select(x => new RapportageStap(x.Stap, x.Reden, x.Door, x.Op)).ToList())).ToList())).ToList()),
                OfNull(plan.Hoofdstukken.Select(h => new Hoofdstuk(
                    h.Soort, h.Tekst.Length > 0 ? h.Tekst : null,
                    OfNull(h.Velden.Select(v => new Veld(v.Naam, v.Waarde)).ToList()),
                    OfNull(h.Rows.Select(r => new Row(r.Cellen.Select(v => new Veld(v.Naam, v.Waarde)).ToList())).ToList()))).ToList()),
                OfNull(plan.EigenHoofdstukken.Select(h => new EigenHoofdstuk(h.Titel, h.Plaats, h.Tekst)).ToList()),
                leren.Groepen, leren.Opgaven, leren.Verhalen, leren.Maatwerk));
        }

        private static string? DatumOfNull(DateOnly? d) => d is { } dag ? Datum(dag) : null;
    }

    private static async Task<Sturing> LoadSturingAsync(DbConnection c, DbTransaction tx, long programmaId)
    {
        await using var grid = await c.QueryMultipleAsync(
            """
            SELECT m.id, m.project_id, m.titel, m.datum, m.status, m.nieuwe_datum FROM mijlpaal m JOIN project p ON p.id = m.project_id
            WHERE p.programma_id = @programmaId ORDER BY m.datum, m.id;
            SELECT b.project_id, b.partner_id, b.jaar, b.euro, b.uren FROM besteding b JOIN project p ON p.id = b.project_id
            WHERE p.programma_id = @programmaId;
            SELECT j.project_id, j.jaar, j.status, j.toelichting FROM project_jaarstatus j JOIN project p ON p.id = j.project_id
            WHERE p.programma_id = @programmaId;
            SELECT id, jaar, uiterlijk, toelichting, geopend_op, geopend_door, gesloten_op FROM rapportageronde
            WHERE programma_id = @programmaId ORDER BY jaar;
            SELECT r.id, r.ronde_id, r.partner_id, r.status FROM rapportage r JOIN rapportageronde o ON o.id = r.ronde_id
            WHERE o.programma_id = @programmaId;
            SELECT x.rapportage_id, x.doelstelling_id, x.wijk_id, x.waarde FROM rapportage_realisatie x
            JOIN rapportage r ON r.id = x.rapportage_id JOIN rapportageronde o ON o.id = r.ronde_id WHERE o.programma_id = @programmaId;
            SELECT x.rapportage_id, x.project_id, x.euro, x.uren FROM rapportage_besteding x
            JOIN rapportage r ON r.id = x.rapportage_id JOIN rapportageronde o ON o.id = r.ronde_id WHERE o.programma_id = @programmaId;
            SELECT x.rapportage_id, x.project_id, x.status, x.toelichting FROM rapportage_projectstatus x
            JOIN rapportage r ON r.id = x.rapportage_id JOIN rapportageronde o ON o.id = r.ronde_id WHERE o.programma_id = @programmaId;
            SELECT x.rapportage_id, x.mijlpaal_id, x.status, x.nieuwe_datum FROM rapportage_mijlpaal x
            JOIN rapportage r ON r.id = x.rapportage_id JOIN rapportageronde o ON o.id = r.ronde_id WHERE o.programma_id = @programmaId;
            SELECT x.rapportage_id, x.stap, x.reden, x.door, x.op FROM rapportage_stap x
            JOIN rapportage r ON r.id = x.rapportage_id JOIN rapportageronde o ON o.id = r.ronde_id WHERE o.programma_id = @programmaId
            ORDER BY x.id;
            """, new { programmaId }, tx);
        return new Sturing(
            (await grid.ReadAsync<MijlpaalRow>()).ToList(),
            (await grid.ReadAsync<BestedingRow>()).ToList(),
            (await grid.ReadAsync<JaarstatusRow>()).ToList(),
            (await grid.ReadAsync<RondeRow>()).ToList(),
            (await grid.ReadAsync<RapportageRow>()).ToList(),
            (await grid.ReadAsync<RealisatieRow>()).ToList(),
            (await grid.ReadAsync<RapportageBestedingRow>()).ToList(),
            (await grid.ReadAsync<ProjectstatusRow>()).ToList(),
            (await grid.ReadAsync<RapportageMijlpaalRow>()).ToList(),
            (await grid.ReadAsync<StapRow>()).ToList());
    }

    /// <summary>
    /// The learning coalition in file order: groups and opgaven as ordered in the app, stories and casussen by date, a story's
    /// bestaanszekerheden in their fixed order and its opgaven in the opgaven's order. Without any of it the sections stay out.
    /// </summary>
    private static async Task<(List<Verbondsgroep>? Groepen, List<Ontwikkelopgave>? Opgaven, List<Verhaal>? Verhalen, ProgrammaBestand.Maatwerk? Maatwerk)>
        LoadLerenAsync(DbConnection c, DbTransaction tx, long programmaId, Dictionary<long, string> partnerNaam,
            Dictionary<long, string> wijkNaam)
    {
        await using var grid = await c.QueryMultipleAsync(
            """
            SELECT id, naam, wijk_id, maatwerkbudget FROM verbondsgroep WHERE programma_id = @programmaId ORDER BY volgorde, id;
            SELECT l.verbondsgroep_id, l.naam, l.soort, l.partner_id, l.organisatie, l.discipline, l.aanjager FROM groepslid l
            JOIN verbondsgroep g ON g.id = l.verbondsgroep_id WHERE g.programma_id = @programmaId ORDER BY l.id;
            SELECT id, titel, vraag, terrein, verbondsgroep_id, status, bevindingen, aanbeveling FROM ontwikkelopgave
            WHERE programma_id = @programmaId ORDER BY volgorde, id;
            SELECT id, titel, tekst, verteller, verbondsgroep_id, opgetekend_op FROM verhaal WHERE programma_id = @programmaId
            ORDER BY opgetekend_op, id;
            SELECT z.verhaal_id, z.bestaanszekerheid FROM verhaal_bestaanszekerheid z JOIN verhaal v ON v.id = z.verhaal_id
            WHERE v.programma_id = @programmaId;
            SELECT x.verhaal_id, x.ontwikkelopgave_id FROM verhaal_ontwikkelopgave x JOIN verhaal v ON v.id = x.verhaal_id
            WHERE v.programma_id = @programmaId;
            SELECT plafond_per_casus, bedragen_voor_lezers FROM maatwerkregeling WHERE programma_id = @programmaId;
            SELECT verbondsgroep_id, omschrijving, bedrag, regel, besloten_door, tweede_beslisser, besloten_op FROM maatwerkcasus
            WHERE programma_id = @programmaId ORDER BY besloten_op, id;
            """, new { programmaId }, tx);
        var groepen = (await grid.ReadAsync<GroepRow>()).ToList();
        var leden = (await grid.ReadAsync<LidRow>()).ToLookup(l => l.VerbondsgroepId);
        var opgaven = (await grid.ReadAsync<OpgaveRow>()).ToList();
        var verhalen = (await grid.ReadAsync<VerhaalRow>()).ToList();
        var zekerheden = (await grid.ReadAsync<(long VerhaalId, string Bestaanszekerheid)>()).ToLookup(x => x.VerhaalId, x => x.Bestaanszekerheid);
        var links = (await grid.ReadAsync<(long VerhaalId, long OntwikkelopgaveId)>()).ToLookup(x => x.VerhaalId, x => x.OntwikkelopgaveId);
        var regeling = (await grid.ReadAsync<RegelingRow>()).SingleOrDefault();
        var casussen = (await grid.ReadAsync<CasusRow>()).ToList();

        var groepNaam = groepen.ToDictionary(g => g.Id, g => g.Naam);
        var opgave = opgaven.Select((o, i) => (o, i)).ToDictionary(x => x.o.Id, x => (x.o.Titel, Volgorde: x.i));
        string? Groep(long? id) => id is { } g ? groepNaam[g] : null;
        static string? OfNull(string s) => s.Length == 0 ? null : s;
        static List<T>? Lijst<T>(List<T> lijst) => lijst.Count == 0 ? null : lijst;

        return (
            Lijst(groepen.Select(g => new Verbondsgroep(g.Naam, g.WijkId is { } w ? wijkNaam[w] : null, g.Maatwerkbudget,
                leden[g.Id].Select(l => new Groepslid(l.Naam, l.Soort, l.PartnerId is { } p ? partnerNaam[p] : null, OfNull(l.Organisatie),
                    OfNull(l.Discipline), l.Aanjager ? true : null)).ToList())).ToList()),
            Lijst(opgaven.Select(o => new Ontwikkelopgave(o.Titel, o.Vraag, OfNull(o.Terrein), Groep(o.VerbondsgroepId), o.Status,
                OfNull(o.Bevindingen), OfNull(o.Aanbeveling))).ToList()),
            Lijst(verhalen.Select(v => new Verhaal(v.Titel, v.Tekst, v.Verteller, Groep(v.VerbondsgroepId), v.OpgetekendOp,
                Lijst<string?>(zekerheden[v.Id].OrderBy(z => Verhalen.Bestaanszekerheid.Alle.ToList().IndexOf(z)).ToList<string?>()),
                Lijst<string?>(links[v.Id].OrderBy(o => opgave[o].Volgorde).Select(o => (string?)opgave[o].Titel).ToList()))).ToList()),
            regeling is null && casussen.Count == 0 ? null : new ProgrammaBestand.Maatwerk(regeling?.PlafondPerCasus, regeling?.BedragenVoorLezers ?? false,
                casussen.Select(x => new Maatwerkcasus(groepNaam[x.VerbondsgroepId], x.Omschrijving, x.Bedrag, OfNull(x.Regel), x.BeslotenDoor,
                    OfNull(x.TweedeBeslisser), x.BeslotenOp)).ToList()));
    }

    private sealed class GroepRow
    {
        public long Id { get; init; }
        public string Naam { get; init; } = "";
        public long? WijkId { get; init; }
        public decimal? Maatwerkbudget { get; init; }
    }

    private sealed class LidRow
    {
        public long VerbondsgroepId { get; init; }
        public string Naam { get; init; } = "";
        public string Soort { get; init; } = "";
        public long? PartnerId { get; init; }
        public string Organisatie { get; init; } = "";
        public string Discipline { get; init; } = "";
        public bool Aanjager { get; init; }
    }

    private sealed class OpgaveRow
    {
        public long Id { get; init; }
        public string Titel { get; init; } = "";
        public string Vraag { get; init; } = "";
        public string Terrein { get; init; } = "";
        public long? VerbondsgroepId { get; init; }
        public string Status { get; init; } = "";
        public string Bevindingen { get; init; } = "";
        public string Aanbeveling { get; init; } = "";
    }

    private sealed class VerhaalRow
    {
        public long Id { get; init; }
        public string Titel { get; init; } = "";
        public string Tekst { get; init; } = "";
        public string Verteller { get; init; } = "";
        public long? VerbondsgroepId { get; init; }
        public string OpgetekendOp { get; init; } = "";
    }

    private sealed class RegelingRow
    {
        public decimal? PlafondPerCasus { get; init; }
        public bool BedragenVoorLezers { get; init; }
    }

    private sealed class CasusRow
    {
        public long VerbondsgroepId { get; init; }
        public string Omschrijving { get; init; } = "";
        public decimal Bedrag { get; init; }
        public string Regel { get; init; } = "";
        public string BeslotenDoor { get; init; } = "";
        public string TweedeBeslisser { get; init; } = "";
        public string BeslotenOp { get; init; } = "";
    }

    private sealed record Sturing(List<MijlpaalRow> Mijlpalen, List<BestedingRow> Bestedingen, List<JaarstatusRow> Jaarstatussen,
        List<RondeRow> Rondes, List<RapportageRow> Rapportages, List<RealisatieRow> Realisaties,
        List<RapportageBestedingRow> RapportageBestedingen, List<ProjectstatusRow> RapportageStatussen,
        List<RapportageMijlpaalRow> RapportageMijlpalen, List<StapRow> Stappen);

    private sealed class MijlpaalRow
    {
        public long Id { get; init; }
        public long ProjectId { get; init; }
        public string Titel { get; init; } = "";
        public DateOnly Datum { get; init; }
        public string Status { get; init; } = "";
        public DateOnly? NieuweDatum { get; init; }
    }

    private sealed class BestedingRow
    {
        public long ProjectId { get; init; }
        public long PartnerId { get; init; }
        public int Jaar { get; init; }
        public decimal Euro { get; init; }
        public decimal Uren { get; init; }
    }

    private sealed class JaarstatusRow
    {
        public long ProjectId { get; init; }
        public int Jaar { get; init; }
        public string Status { get; init; } = "";
        public string Toelichting { get; init; } = "";
    }

    private sealed class RondeRow
    {
        public long Id { get; init; }
        public int Jaar { get; init; }
        public DateOnly Uiterlijk { get; init; }
        public string Toelichting { get; init; } = "";
        public string GeopendOp { get; init; } = "";
        public string GeopendDoor { get; init; } = "";
        public string? GeslotenOp { get; init; }
    }

    private sealed class RapportageRow
    {
        public long Id { get; init; }
        public long RondeId { get; init; }
        public long PartnerId { get; init; }
        public string Status { get; init; } = "";
    }

    private sealed class RealisatieRow
    {
        public long RapportageId { get; init; }
        public long DoelstellingId { get; init; }
        public long? WijkId { get; init; }
        public decimal Waarde { get; init; }
    }

    private sealed class RapportageBestedingRow
    {
        public long RapportageId { get; init; }
        public long ProjectId { get; init; }
        public decimal Euro { get; init; }
        public decimal Uren { get; init; }
    }

    private sealed class ProjectstatusRow
    {
        public long RapportageId { get; init; }
        public long ProjectId { get; init; }
        public string Status { get; init; } = "";
        public string Toelichting { get; init; } = "";
    }

    private sealed class RapportageMijlpaalRow
    {
        public long RapportageId { get; init; }
        public long MijlpaalId { get; init; }
        public string Status { get; init; } = "";
        public DateOnly? NieuweDatum { get; init; }
    }

    private sealed class StapRow
    {
        public long RapportageId { get; init; }
        public string Stap { get; init; } = "";
        public string Reden { get; init; } = "";
        public string Door { get; init; } = "";
        public string Op { get; init; } = "";
    }
}
