using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Bijeenkomsten;

/// <summary>
/// What a participant's phone shows for a join code: the session, the partners to choose from, whether this phone
/// has joined (by its cookie key), its own bijdragen, and the open vote round. Anonymous (<see cref="IDeelnemerRequest"/>);
/// an unknown or closed code is a ValidationException on Code.
/// </summary>
public static class GetDeelname
{
    [Vereist(Recht.Iedereen)]
    public sealed record Query(string Code, string? DeelnemerSleutel) : IRequest<Deelname>, IDeelnemerRequest;

    public sealed record Deelname
    {
        public long BijeenkomstId { get; init; }
        public string Code { get; init; } = "";
        public string Titel { get; init; } = "";
        public string Soort { get; init; } = "";
        public string Vraagstelling { get; init; } = "";
        public IReadOnlyList<Keuze> Partners { get; init; } = [];

        /// <summary>Residents and informal partners may join too (without a partner).</summary>
        public bool OpenDeelname { get; init; }

        /// <summary>This phone has joined (for a partner, or as a resident when <see cref="Partner"/> is null).</summary>
        public bool Aangemeld { get; init; }
        public Keuze? Partner { get; init; }
        public string Naam { get; init; } = "";
        public string Namens { get; init; } = "";
        public IReadOnlyList<Kaart> MijnBijdragen { get; init; } = [];
        public Stemming? Stemronde { get; init; }
        /// <summary>The number of the open points round (see <see cref="GetBeslisvragen"/>), if any.</summary>
        public int? Puntenronde { get; init; }
        public int OpenStellingen { get; init; }
    }

    public sealed record Keuze
    {
        public long Id { get; init; }
        public string Naam { get; init; } = "";
    }

    public sealed record Kaart
    {
        public long Id { get; init; }
        public string Soort { get; init; } = "";
        public string Tekst { get; init; } = "";
        public string Partner { get; init; } = "";

        /// <summary>Own bijdragen only: the version to change it at, and whether it is fixed (handled or voted on).</summary>
        public int Version { get; init; }
        public bool Vast { get; init; }
    }

    public sealed record Stemming
    {
        public int Nummer { get; init; }
        public int StemmenPerDeelnemer { get; init; }
        public IReadOnlyList<Kaart> Bijdragen { get; init; } = [];
        public IReadOnlyList<long> MijnStemmen { get; init; } = [];
    }

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => DeelnemerRules.ApplyCode(this);
    }

    public sealed class Handler(Db db) : IRequestHandler<Query, Deelname>
    {
        public async Task<Deelname> Handle(Query query, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            await using var tx = await db.BeginSnapshotAsync(c, ct);
            var sessie = await DeelnemerRules.FindOpenAsync(c, query.Code, tx);
            var args = new { sessie.Id, sessie.ProgrammaId, Sleutel = query.DeelnemerSleutel ?? "" };
            await using var grid = await c.QueryMultipleAsync(
                $$"""
                SELECT code, titel, soort, vraagstelling, open_deelname FROM bijeenkomst WHERE id = @Id;
                SELECT p.id, p.naam FROM partner p WHERE p.programma_id = @ProgrammaId
                  AND (NOT EXISTS (SELECT 1 FROM bijeenkomst_partner x WHERE x.bijeenkomst_id = @Id AND x.uitgenodigd = 1)
                       OR p.id IN (SELECT x.partner_id FROM bijeenkomst_partner x WHERE x.bijeenkomst_id = @Id AND x.uitgenodigd = 1))
                ORDER BY p.naam;
                SELECT d.id, d.partner_id, p.naam AS partner, d.naam, d.namens FROM deelnemer d LEFT JOIN partner p ON p.id = d.partner_id
                WHERE d.bijeenkomst_id = @Id AND d.sleutel = @Sleutel;
                SELECT b.id, b.soort, b.tekst, '' AS partner, b.version,
                       {{UpdateEigenBijdrage.VerwerktSql}} OR {{UpdateEigenBijdrage.GestemdSql}} AS vast
                FROM bijdrage b JOIN deelnemer d ON d.id = b.deelnemer_id
                WHERE b.bijeenkomst_id = @Id AND d.sleutel = @Sleutel ORDER BY b.id;
                SELECT id, nummer, stemmen_per_deelnemer FROM stemronde WHERE bijeenkomst_id = @Id AND open = 1;
                SELECT b.id, b.soort, b.tekst, {{BijdrageRules.Afzender()}} AS partner FROM bijdrage b
                LEFT JOIN partner p ON p.id = b.partner_id
                WHERE b.bijeenkomst_id = @Id AND b.samengevoegd_in_id IS NULL
                  AND EXISTS (SELECT 1 FROM stemronde r WHERE r.bijeenkomst_id = @Id AND r.open = 1) -- not read on every submit
                ORDER BY b.soort, b.id;
                SELECT s.bijdrage_id FROM stem s JOIN deelnemer d ON d.id = s.deelnemer_id JOIN stemronde r ON r.id = s.stemronde_id
                WHERE r.bijeenkomst_id = @Id AND r.open = 1 AND d.sleutel = @Sleutel ORDER BY s.id;
                SELECT nummer FROM puntenronde WHERE bijeenkomst_id = @Id AND open = 1;
                SELECT COUNT(*) FROM stelling WHERE bijeenkomst_id = @Id AND open = 1;
                """, args, tx);
            var d = await grid.ReadSingleAsync<Deelname>();
            var partners = (await grid.ReadAsync<Keuze>()).ToList();
            var ik = await grid.ReadSingleOrDefaultAsync<Ik>();
            var mijn = (await grid.ReadAsync<Kaart>()).ToList();
            var ronde = await grid.ReadSingleOrDefaultAsync<Stemming>();
            var bijdragen = (await grid.ReadAsync<Kaart>()).ToList();
            var stemmen = (await grid.ReadAsync<long>()).ToList();
            var puntenronde = await grid.ReadSingleOrDefaultAsync<int?>();
            var stellingen = await grid.ReadSingleAsync<int>();
            return d with
            {
                BijeenkomstId = sessie.Id,
                Partners = partners,
                Aangemeld = ik is not null,
                Partner = ik is { PartnerId: { } partnerId } ? new Keuze { Id = partnerId, Naam = ik.Partner ?? "" } : null,
                Naam = ik?.Naam ?? "",
                Namens = ik?.Namens ?? "",
                MijnBijdragen = mijn,
                Stemronde = ronde is null || ik is null ? null : ronde with { Bijdragen = bijdragen, MijnStemmen = stemmen },
                Puntenronde = ik is null ? null : puntenronde,
                OpenStellingen = ik is null ? 0 : stellingen,
            };
        }

        private sealed record Ik
        {
            public long Id { get; init; }
            public long? PartnerId { get; init; }
            public string? Partner { get; init; }
            public string Naam { get; init; } = "";
            public string Namens { get; init; } = "";
        }
    }
}
