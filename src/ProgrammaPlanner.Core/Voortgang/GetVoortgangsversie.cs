using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Planversies;

namespace ProgrammaPlanner.Core.Voortgang;

/// <summary>
/// One frozen version of a year's voortgangsrapportage: its snapshot read back, the decision per partner, what the caller may
/// do, and the comparison with last year's report as the boards received it (the newest vastgesteld version, else the newest).
/// </summary>
public static class GetVoortgangsversie
{
    public sealed record Query(long ProgrammaId, int Jaar, int Nummer) : IRequest<Voortgangsversie>, IProgrammaScoped;

    public sealed record Voortgangsversie
    {
        public Versie Versie { get; init; } = new();
        public GetVoortgangsrapportage.Rapportage Rapportage { get; init; } = new();
        /// <summary>The stored snapshot still matches the hash taken when it was frozen.</summary>
        public bool Intact { get; init; }
        public IReadOnlyList<long> MagBesluitenVoor { get; init; } = [];
        public bool MagPapierVastleggen { get; init; }
        /// <summary>For a bestuurder with no open decision on this version: why (not linked to a partner, already decided...).</summary>
        public string? WaaromGeenBesluit { get; init; }
        /// <summary>Null when no report over the year before was frozen.</summary>
        public Jaarvergelijking? VorigJaar { get; init; }
        /// <summary>The printed copies kept of this version (without content), with their SHA-256.</summary>
        public IReadOnlyList<Versiedocument> Documenten { get; init; } = [];
    }

    public sealed class Handler(Db db, ICurrentUser user) : IRequestHandler<Query, Voortgangsversie>
    {
        public async Task<Voortgangsversie> Handle(Query query, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            await using var tx = await db.BeginSnapshotAsync(c, ct); // versions, decisions and snapshots from one moment
            var stuk = Besluitstuk.Voortgang(query.Jaar);
            var versie = (await VersieReader.LeesAsync(c, stuk, query.ProgrammaId, query.Nummer, tx)).SingleOrDefault()
                ?? throw new NotFoundException($"{stuk.Titel(query.Nummer)} bestaat niet.");
            Task<string> SnapshotAsync(int jaar, int nummer) => c.QuerySingleAsync<string>(
                "SELECT snapshot FROM voortgangsversie WHERE programma_id = @ProgrammaId AND jaar = @jaar AND nummer = @nummer",
                new { query.ProgrammaId, jaar, nummer }, tx);
            var json = await SnapshotAsync(query.Jaar, query.Nummer);
            var rapportage = Voortgangssnapshot.Deserialize(json);

            var vorigStuk = Besluitstuk.Voortgang(query.Jaar - 1);
            var vorige = (await VersieReader.LeesAsync(c, vorigStuk, query.ProgrammaId, tx: tx)) is { Count: > 0 } lijst
                ? lijst.FirstOrDefault(v => v.InWerking) ?? lijst[0]
                : null;
            Jaarvergelijking? vergelijking = null;
            if (vorige is not null)
                vergelijking = Jaarvergelijking.Van(rapportage, Voortgangssnapshot.Deserialize(await SnapshotAsync(query.Jaar - 1, vorige.Nummer)),
                    $"{vorigStuk.Naam(vorige.Nummer)} ({vorige.Status})");

            var mijn = await Bevoegdheid.PartnersVanAsync(c, user, query.ProgrammaId, tx);
            return new Voortgangsversie
            {
                Versie = versie,
                Rapportage = rapportage,
                Intact = Snapshot.Hash(json) == versie.Hash,
                MagBesluitenVoor = versie.Partners.Where(p => mijn.Contains(p.PartnerId)).Select(p => p.PartnerId).ToList(),
                MagPapierVastleggen = await Bevoegdheid.IsFacilitatorAsync(c, user, query.ProgrammaId, tx),
                WaaromGeenBesluit = await Bevoegdheid.WaaromGeenBesluitAsync(c, user, query.ProgrammaId, versie, mijn, tx),
                Documenten = await Versiedocument.ListAsync(c, tx, stuk, query.ProgrammaId, query.Nummer),
                VorigJaar = vergelijking,
            };
        }
    }
}
