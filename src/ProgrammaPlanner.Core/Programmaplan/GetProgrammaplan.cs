using System.Data.Common;
using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Programmaplan;

/// <summary>Everything a printed programmaplan needs, in one read model, loaded with one batch of set-based SELECTs.</summary>
public static partial class GetProgrammaplan
{
    public sealed record Query(long ProgrammaId) : IRequest<Programmaplan>, IProgrammaScoped;

    public sealed class Handler(Db db) : IRequestHandler<Query, Programmaplan>
    {
        public async Task<Programmaplan> Handle(Query query, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            await using var tx = await db.BeginSnapshotAsync(c, ct); // one consistent snapshot for all SELECTs
            return await LoadAsync(c, tx, query.ProgrammaId);
        }
    }

    /// <summary>
    /// The read model inside the caller's transaction, so a command that freezes or exports it sees the same moment it writes in.
    /// Checks no rights: the caller's own request was authorized by the pipeline.
    /// </summary>
    public static async Task<Programmaplan> LoadAsync(DbConnection c, DbTransaction? tx, long programmaId)
    {
        var query = new Query(programmaId);
        var hoofdstukken = await Hoofdstukken.GetHoofdstukken.LoadAsync(c, tx, programmaId);
        var leren = await LoadLerenAsync(c, tx, programmaId);
        await using var grid = await c.QueryMultipleAsync(
            """
            SELECT id, naam, motto, gebied, startjaar, eindjaar, fase, aanleiding, ambitie, version FROM programma WHERE id = @ProgrammaId;
            SELECT id, naam, soort, rol, contactpersoon, email, bestuurder_naam, bestuurder_functie, plaats, uurtarief, tekent_toch
            FROM partner WHERE programma_id = @ProgrammaId ORDER BY id;
            SELECT id, naam FROM wijk WHERE programma_id = @ProgrammaId ORDER BY id;
            SELECT id, naam, "analyse", volgorde FROM speerpunt WHERE programma_id = @ProgrammaId ORDER BY volgorde, id;
            SELECT id, speerpunt_id, naam, omschrijving, indicator_naam, indicator_eenheid, indicator_bron, hoger_is_beter,
                   meetfrequentie, nulmeting_waarde, nulmeting_jaar
            FROM doelstelling WHERE programma_id = @ProgrammaId ORDER BY id;
            SELECT s.doelstelling_id AS id, s.jaar, s.waarde FROM streefwaarde s JOIN doelstelling d ON d.id = s.doelstelling_id
            WHERE d.programma_id = @ProgrammaId ORDER BY s.jaar;
            SELECT r.doelstelling_id AS id, r.jaar, r.wijk_id, r.waarde FROM realisatie r JOIN doelstelling d ON d.id = r.doelstelling_id
            WHERE d.programma_id = @ProgrammaId;
            SELECT id, naam, doel, doorbraak, status, trekker_partner_id AS trekker_id, startdatum, einddatum
            FROM project WHERE programma_id = @ProgrammaId ORDER BY id;
            SELECT pp.project_id AS id, pp.partner_id AS ref FROM project_partner pp JOIN project p ON p.id = pp.project_id
            WHERE p.programma_id = @ProgrammaId ORDER BY pp.partner_id;
            SELECT pd.project_id AS id, pd.doelstelling_id AS ref FROM project_doelstelling pd JOIN project p ON p.id = pd.project_id
            WHERE p.programma_id = @ProgrammaId;
            SELECT m.project_id AS id, m.titel, m.datum, m.status FROM mijlpaal m JOIN project p ON p.id = m.project_id
            WHERE p.programma_id = @ProgrammaId ORDER BY m.datum, m.id;
            SELECT r.project_id AS id, r.omschrijving, r.kans, r.impact, r.maatregel FROM risico r JOIN project p ON p.id = r.project_id
            WHERE p.programma_id = @ProgrammaId ORDER BY r.id;
            SELECT i.project_id, i.partner_id, i.jaar, i.soort, i.euro, i.uren FROM inzet i JOIN project p ON p.id = i.project_id
            WHERE p.programma_id = @ProgrammaId;
            SELECT tekst FROM basisvoorwaarde WHERE programma_id = @ProgrammaId ORDER BY volgorde, id;
            SELECT id, naam, mandaat FROM orgaan WHERE programma_id = @ProgrammaId ORDER BY volgorde, id;
            SELECT l.orgaan_id AS id, l.naam, l.functie, l.partner_id AS ref FROM orgaan_lid l JOIN orgaan o ON o.id = l.orgaan_id
            WHERE o.programma_id = @ProgrammaId ORDER BY l.volgorde;
            """, query, tx);

        var programma = await grid.ReadSingleOrDefaultAsync<Programma>() ?? throw new NotFoundException("Dit programma bestaat niet (meer).");
        var partners = (await grid.ReadAsync<Partner>()).Select(p => p with { Tekent = PartnerRol.Tekent(p.Rol, p.TekentToch) }).ToList();
        var wijken = (await grid.ReadAsync<Wijk>()).ToList();
        var speerpunten = (await grid.ReadAsync<Speerpunt>()).ToList();
        var doelstellingen = (await grid.ReadAsync<Doelstelling>()).ToList();
        var streefwaarden = (await grid.ReadAsync<ChildRow>()).ToLookup(r => r.Id);
        var realisaties = (await grid.ReadAsync<ChildRow>()).ToLookup(r => r.Id);
        var projecten = (await grid.ReadAsync<Project>()).ToList();
        var projectPartners = (await grid.ReadAsync<ChildRow>()).ToLookup(r => r.Id, r => r.Ref!.Value);
        var projectDoelen = (await grid.ReadAsync<ChildRow>()).ToList();
        var mijlpalen = (await grid.ReadAsync<ChildRow>()).ToLookup(r => r.Id);
        var risicos = (await grid.ReadAsync<ChildRow>()).ToLookup(r => r.Id);
        var inzet = (await grid.ReadAsync<InzetRow>()).ToList();
        var basisvoorwaarden = (await grid.ReadAsync<string>()).ToList();
        var organen = (await grid.ReadAsync<ChildRow>()).ToList();
        var leden = (await grid.ReadAsync<ChildRow>()).ToLookup(r => r.Id);

        var partnerNaam = partners.ToDictionary(p => p.Id, p => p.Naam);
        var partnerIndex = partners.Select((p, i) => (p.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var wijkNaam = wijken.ToDictionary(w => w.Id, w => w.Naam);
        var wijkIndex = wijken.Select((w, i) => (w.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var projectNaam = projecten.ToDictionary(p => p.Id, p => p.Naam);
        var speerpuntIndex = speerpunten.Select((s, i) => (s.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var doelVolgorde = doelstellingen.OrderBy(d => speerpuntIndex.GetValueOrDefault(d.SpeerpuntId)).ThenBy(d => d.Id)
            .Select((d, i) => (d.Id, d.Naam, i)).ToDictionary(x => x.Id);
        var projectenPerDoel = projectDoelen.ToLookup(r => r.Ref!.Value, r => r.Id);
        var doelenPerProject = projectDoelen.ToLookup(r => r.Id, r => r.Ref!.Value);
        var inzetPerProject = inzet.ToLookup(i => i.ProjectId);

        var posten = inzet.Select(i => new Begroting.Post(i.ProjectId, i.PartnerId, i.Jaar, i.Euro, i.Uren)).ToList();
        var jaren = Begroting.Jaren(programma.Startjaar, programma.Eindjaar, posten);
        var perJaar = Begroting.PerJaar(jaren, posten);
        var uurtarief = partners.ToDictionary(p => p.Id, p => p.Uurtarief);
        var bronposten = inzet.Select(i => new Begroting.Bronpost(i.PartnerId, i.Jaar, i.Soort, i.Euro, i.Uren, uurtarief.GetValueOrDefault(i.PartnerId)))
            .ToList();

        var doelen = doelstellingen.Select(d => d with
        {
            Streefwaarden = streefwaarden[d.Id].Select(s => new Jaarwaarde { Jaar = s.Jaar, Waarde = s.Waarde!.Value }).ToList(),
            Realisaties = realisaties[d.Id]
                .OrderBy(r => r.Jaar).ThenBy(r => r.WijkId is { } w ? wijkIndex.GetValueOrDefault(w, int.MaxValue) : -1)
                .Select(r => new Realisatie { Jaar = r.Jaar, Wijk = r.WijkId is { } w ? wijkNaam.GetValueOrDefault(w) : null, Waarde = r.Waarde!.Value })
                .ToList(),
            Projecten = projectenPerDoel[d.Id].Order().Select(p => projectNaam[p]).ToList(),
        }).ToLookup(d => d.SpeerpuntId);

        return new Programmaplan
        {
            Programma = programma with { Jaren = Enumerable.Range(programma.Startjaar, programma.Eindjaar - programma.Startjaar + 1).ToList() },
            Partners = partners,
            Wijken = wijken,
            Speerpunten = speerpunten.Select(s => s with { Doelstellingen = doelen[s.Id].ToList() }).ToList(),
            Projecten = projecten.Select(p => p with
            {
                Trekker = partnerNaam.GetValueOrDefault(p.TrekkerId, ""),
                Partners = projectPartners[p.Id].Select(id => partnerNaam[id]).ToList(),
                Doelstellingen = doelenPerProject[p.Id].Select(id => doelVolgorde[id]).OrderBy(d => d.i).Select(d => d.Naam).ToList(),
                Mijlpalen = mijlpalen[p.Id].Select(m => new Mijlpaal { Titel = m.Titel, Datum = m.Datum!.Value, Status = m.Status }).ToList(),
                Risicos = risicos[p.Id]
                    .Select(r => new Risico { Omschrijving = r.Omschrijving, Kans = r.Kans, Impact = r.Impact, Maatregel = r.Maatregel }).ToList(),
                Inzet = inzetPerProject[p.Id]
                    .OrderBy(i => partnerIndex.GetValueOrDefault(i.PartnerId)).ThenBy(i => i.Jaar)
                    .ThenBy(i => SoortVolgorde(i.Soort)).ThenBy(i => i.Soort, StringComparer.Ordinal)
                    .Select(i => new Inzetregel { Partner = partnerNaam[i.PartnerId], Jaar = i.Jaar, Soort = i.Soort, Euro = i.Euro, Uren = i.Uren })
                    .ToList(),
                TotaalEuro = inzetPerProject[p.Id].Sum(i => i.Euro),
                TotaalUren = inzetPerProject[p.Id].Sum(i => i.Uren),
            }).ToList(),
            Leren = leren,
            Basisvoorwaarden = basisvoorwaarden,
            Organen = organen.Select(o => new Orgaan
            {
                Naam = o.Naam, Mandaat = o.Mandaat,
                Leden = leden[o.Id].Select(l => new Lid { Naam = l.Naam, Functie = l.Functie, Partner = l.Ref is { } p ? partnerNaam[p] : null }).ToList(),
            }).ToList(),
            Financien = new Financien
            {
                Jaren = jaren,
                PerPartner = Begroting.Regels(partners.Select(p => (p.Id, p.Naam)), p => p.PartnerId, jaren, posten),
                PerProject = Begroting.Regels(projecten.Select(p => (p.Id, p.Naam)), p => p.ProjectId, jaren, posten),
                PerJaar = perJaar,
                TotaalEuro = perJaar.Sum(j => j.Euro),
                TotaalUren = perJaar.Sum(j => j.Uren),
                Dekking = Begroting.Dek(0, bronposten),
                DekkingPerJaar = Begroting.DekPerJaar(jaren, bronposten),
                PerFinancier = Begroting.Financiers(partners.Select(p => (p.Id, p.Naam, p.Rol, p.Uurtarief)), jaren, bronposten),
            },
            Hoofdstukken = hoofdstukken.Standaard.Where(h => h.Gevuld).Select(h => new Hoofdstuk
            {
                Soort = h.Soort.Soort,
                Tekst = h.Tekst,
                Velden = Gevuld(h.Velden),
                Rows = h.Rows.Select(r => new Row { Cellen = Gevuld(r.Cellen) }).ToList(),
            }).ToList(),
            EigenHoofdstukken = hoofdstukken.Eigen.Select(h => new EigenHoofdstuk { Titel = h.Titel, Tekst = h.Tekst, Plaats = h.Plaats }).ToList(),
        };
    }

    private static List<Veld> Gevuld(IEnumerable<Hoofdstukken.GetHoofdstukken.Veld> velden) =>
        velden.Where(v => v.Waarde.Length > 0).Select(v => new Veld { Naam = v.Naam, Waarde = v.Waarde }).ToList();

    private static int SoortVolgorde(string soort)
    {
        for (var i = 0; i < InzetSoort.Alle.Count; i++)
            if (InzetSoort.Alle[i] == soort) return i;
        return int.MaxValue;
    }

    /// <summary>A child row keyed by its parent's id (Id); the other columns depend on the SELECT.</summary>
    private sealed class ChildRow
    {
        public long Id { get; init; }
        public long? Ref { get; init; }
        public long? WijkId { get; init; }
        public int Jaar { get; init; }
        public decimal? Waarde { get; init; }
        public string Naam { get; init; } = "";
        public string Titel { get; init; } = "";
        public DateOnly? Datum { get; init; }
        public string Status { get; init; } = "";
        public string Omschrijving { get; init; } = "";
        public string Kans { get; init; } = "";
        public string Impact { get; init; } = "";
        public string Maatregel { get; init; } = "";
        public string Functie { get; init; } = "";
        public string Mandaat { get; init; } = "";
    }

    private sealed class InzetRow
    {
        public long ProjectId { get; init; }
        public long PartnerId { get; init; }
        public int Jaar { get; init; }
        public string Soort { get; init; } = "";
        public decimal Euro { get; init; }
        public decimal Uren { get; init; }
    }
}
