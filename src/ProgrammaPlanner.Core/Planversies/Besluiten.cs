using System.Data.Common;
using Dapper;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Planversies;

/// <summary>
/// Records one partner's decision on the version ter besluitvorming and moves the version on: a rejection sends
/// it back ("afgewezen"), the last approval makes it "vastgesteld". Shared by the app and paper approvals.
/// </summary>
internal static class Besluiten
{
    public sealed record Nieuw(long ProgrammaId, int Nummer, long PartnerId, string Besluit, string Wijze, string Door,
        DateOnly Datum, string Opmerking, string VastgelegdOp, string VastgelegdDoor);

    /// <summary>
    /// A connection whose commits are fully synced to disk (WAL's usual NORMAL may lose the last commits on a power
    /// cut): a board's "goedgekeurd" must survive a crash right after the user saw it. Reset when returned to the pool.
    /// PostgreSQL syncs every commit already (synchronous_commit is on by default).
    /// </summary>
    public static async Task<Duurzaam> OpenDuurzaamAsync(Db db, CancellationToken ct)
    {
        var c = await db.OpenAsync(ct);
        if (db.IsPostgres) return new Duurzaam(c, null);
        var vorige = await c.ExecuteScalarAsync<long>("PRAGMA synchronous");
        await c.ExecuteAsync("PRAGMA synchronous = FULL");
        return new Duurzaam(c, vorige);
    }

    public sealed class Duurzaam(DbConnection connection, long? vorige) : IAsyncDisposable
    {
        public DbConnection Connection { get; } = connection;

        public async ValueTask DisposeAsync()
        {
            try { if (vorige is { } v) await Connection.ExecuteAsync($"PRAGMA synchronous = {v}"); }
            finally { await Connection.DisposeAsync(); }
        }
    }

    /// <summary>The version ter besluitvorming with this number and the partner's name in it; refuses anything else.</summary>
    public sealed record Gevonden(long VersieId, string PartnerNaam, DateOnly VastgelegdOp);

    public static async Task<Gevonden> ZoekAsync(DbConnection c, DbTransaction tx, Besluitstuk stuk, long programmaId, int nummer,
        long partnerId)
    {
        var naamVersie = stuk.Naam(nummer);
        var versie = await c.QuerySingleOrDefaultAsync<VersieRow>(
            $"SELECT id, status, vervangen_door, vastgelegd_op FROM {stuk.Tabel} WHERE programma_id = @programmaId AND nummer = @nummer{stuk.JaarFilter()}",
            new { programmaId, nummer, stuk.Jaar }, tx) ?? throw new NotFoundException($"{stuk.Titel(nummer)} bestaat niet.");
        if (versie.Status != PlanversieStatus.TerBesluitvorming)
            throw new RefusedException($"{stuk.Titel(nummer)} staat niet meer ter besluitvorming ({Uitleg(versie)}). Er is niets vastgelegd; " +
                "open de versie die nu ter besluitvorming staat.");

        var naam = await c.QuerySingleOrDefaultAsync<string>(
            $"SELECT naam FROM {stuk.Partners} WHERE {stuk.Sleutel} = @Id AND partner_id = @partnerId", new { versie.Id, partnerId }, tx)
            ?? throw ValidationException.For("PartnerId", $"Deze partner hoort niet bij {naamVersie}; kies een partner uit die versie.");

        var eerder = await c.QuerySingleOrDefaultAsync<EerderRow>(
            $"SELECT besluit, datum FROM {stuk.Besluiten} WHERE {stuk.Sleutel} = @Id AND partner_id = @partnerId", new { versie.Id, partnerId }, tx);
        if (eerder is not null)
            throw new RefusedException(
                $"Voor {naam} is over {naamVersie} al besloten ({eerder.Besluit} op {eerder.Datum:d-M-yyyy}). Een besluit verandert niet meer.");
        return new(versie.Id, naam, Tijd.Dag(versie.VastgelegdOp));
    }

    /// <summary>Inserts the decision and returns the version's new status.</summary>
    public static async Task<string> VastleggenAsync(DbConnection c, DbTransaction tx, Besluitstuk stuk, long versieId, Nieuw b)
    {
        await c.ExecuteAsync(
            $"""
            INSERT INTO {stuk.Besluiten} ({stuk.Sleutel}, partner_id, besluit, wijze, door, datum, opmerking, vastgelegd_op, vastgelegd_door)
            VALUES (@versieId, @PartnerId, @Besluit, @Wijze, @Door, @Datum, @Opmerking, @VastgelegdOp, @VastgelegdDoor)
            """,
            new
            {
                versieId, b.PartnerId, b.Besluit, b.Wijze, Door = b.Door.Trim(), b.Datum, Opmerking = b.Opmerking.Trim(),
                b.VastgelegdOp, b.VastgelegdDoor,
            }, tx);

        string status;
        if (b.Besluit == Besluit.Afgewezen)
            status = PlanversieStatus.Afgewezen;
        else
        {
            var open = await c.ExecuteScalarAsync<long>(
                $"""
                SELECT COUNT(*) FROM {stuk.Partners} p WHERE p.{stuk.Sleutel} = @versieId AND NOT EXISTS
                  (SELECT 1 FROM {stuk.Besluiten} b WHERE b.{stuk.Sleutel} = p.{stuk.Sleutel} AND b.partner_id = p.partner_id AND b.besluit = @goedgekeurd)
                """, new { versieId, goedgekeurd = Besluit.Goedgekeurd }, tx);
            if (open > 0) return PlanversieStatus.TerBesluitvorming;
            status = PlanversieStatus.Vastgesteld;
            // A plan the boards adopted is carried out: the programme leaves its ontwikkelfase (a later fase stays).
            if (stuk == Besluitstuk.Plan)
            {
                await c.ExecuteAsync(
                    """
                    UPDATE programma SET fase = @implementatie, version = version + 1
                    WHERE id = (SELECT programma_id FROM planversie WHERE id = @versieId) AND fase = @ontwikkel
                    """, new { versieId, implementatie = Fase.Implementatiefase, ontwikkel = Fase.Ontwikkelfase }, tx);
            }
        }
        // Dated by the latest decision: a paper approval may carry an earlier date than the one recorded last.
        var datum = await c.ExecuteScalarAsync<string>($"SELECT MAX(datum) FROM {stuk.Besluiten} WHERE {stuk.Sleutel} = @versieId", new { versieId }, tx);
        await c.ExecuteAsync($"UPDATE {stuk.Tabel} SET status = @status, besloten_op = @datum WHERE id = @versieId", new { status, datum, versieId }, tx);
        return status;
    }

    private static string Uitleg(VersieRow v) => v.Status switch
    {
        PlanversieStatus.Vervangen => $"vervangen door versie {v.VervangenDoor}",
        _ => $"de versie is al {v.Status}",
    };

    private sealed class VersieRow
    {
        public long Id { get; init; }
        public string Status { get; init; } = "";
        public long? VervangenDoor { get; init; }
        public string VastgelegdOp { get; init; } = "";
    }

    private sealed class EerderRow
    {
        public string Besluit { get; init; } = "";
        public DateOnly Datum { get; init; }
    }
}
