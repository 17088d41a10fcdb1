using Dapper;
using MediatR;
using Microsoft.Data.Sqlite;
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
            await using (var c = await db.OpenAsync(ct))
            await using (var tx = c.BeginTransaction(deferred: true))
            {
                plan = await GetProgrammaplan.LoadAsync(c, tx, query.ProgrammaId);
                sturing = await LoadSturingAsync(c, tx, query.ProgrammaId);
                rapporteurs = (await c.QueryAsync<(long Id, long PartnerId)>(
                    "SELECT id, rapporteur_partner_id FROM doelstelling WHERE programma_id = @ProgrammaId AND rapporteur_partner_id IS NOT NULL",
                    query, tx)).ToDictionary(x => x.Id, x => x.PartnerId);
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
                OfNull(plan.EigenHoofdstukken.Select(h => new EigenHoofdstuk(h.Titel, h.Plaats, h.Tekst)).ToList())));
        }

        private static string? DatumOfNull(DateOnly? d) => d is { } dag ? Datum(dag) : null;
    }

    private static async Task<Sturing> LoadSturingAsync(SqliteConnection c, SqliteTransaction tx, long programmaId)
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
