using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Bijeenkomsten;

/// <summary>
/// What a participant's phone shows to decide: the open points round with its bijdragen and this phone's allocation, and
/// the open statements with this phone's answers. Anonymous (<see cref="IDeelnemerRequest"/>); an unknown or closed code
/// is a ValidationException on Code, a phone that has not joined one on PartnerId.
/// </summary>
public static class GetBeslisvragen
{
    [Vereist(Recht.Iedereen)]
    public sealed record Query(string Code, string? DeelnemerSleutel) : IRequest<Beslisvragen>, IDeelnemerRequest;

    public sealed record Beslisvragen
    {
        public string Code { get; init; } = "";
        public string Titel { get; init; } = "";
        public Puntenronde? Puntenronde { get; init; }
        public IReadOnlyList<Stelling> Stellingen { get; init; } = [];
    }

    public sealed record Puntenronde
    {
        public long Id { get; init; }
        public int Nummer { get; init; }
        public string? Soort { get; init; }
        public IReadOnlyList<GetDeelname.Kaart> Bijdragen { get; init; } = [];
        public IReadOnlyDictionary<long, int> MijnPunten { get; init; } = new Dictionary<long, int>();
    }

    public sealed record Stelling
    {
        public long Id { get; init; }
        public int Nummer { get; init; }
        public string Tekst { get; init; } = "";
        public string? MijnAntwoord { get; init; }
    }

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => DeelnemerRules.ApplyCode(this);
    }

    public sealed class Handler(Db db) : IRequestHandler<Query, Beslisvragen>
    {
        public async Task<Beslisvragen> Handle(Query query, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            await using var tx = await db.BeginSnapshotAsync(c, ct);
            var sessie = await DeelnemerRules.FindOpenAsync(c, query.Code, tx);
            var deelnemer = await DeelnemerRules.FindDeelnemerAsync(c, sessie.Id, query.DeelnemerSleutel ?? "", tx);
            var args = new { sessie.Id, Deelnemer = deelnemer.Id };
            await using var grid = await c.QueryMultipleAsync(
                $"""
                SELECT code FROM bijeenkomst WHERE id = @Id;
                SELECT id, nummer, soort FROM puntenronde WHERE bijeenkomst_id = @Id AND open = 1;
                SELECT b.id, b.soort, b.tekst, {BijdrageRules.Afzender()} AS partner
                FROM bijdrage b LEFT JOIN partner p ON p.id = b.partner_id
                WHERE b.bijeenkomst_id = @Id AND b.samengevoegd_in_id IS NULL
                  AND (b.soort = (SELECT soort FROM puntenronde WHERE bijeenkomst_id = @Id AND open = 1)
                       OR (SELECT soort FROM puntenronde WHERE bijeenkomst_id = @Id AND open = 1) IS NULL)
                ORDER BY b.soort, b.id;
                SELECT v.bijdrage_id, v.punten FROM puntenverdeling v JOIN puntenronde r ON r.id = v.puntenronde_id
                WHERE r.bijeenkomst_id = @Id AND r.open = 1 AND v.deelnemer_id = @Deelnemer;
                SELECT s.id, s.nummer, s.tekst, a.antwoord AS mijn_antwoord FROM stelling s
                LEFT JOIN stellingantwoord a ON a.stelling_id = s.id AND a.deelnemer_id = @Deelnemer
                WHERE s.bijeenkomst_id = @Id AND s.open = 1 ORDER BY s.nummer;
                """, args, tx);
            var code = await grid.ReadSingleAsync<string>();
            var ronde = await grid.ReadSingleOrDefaultAsync<Puntenronde>();
            var bijdragen = (await grid.ReadAsync<GetDeelname.Kaart>()).ToList();
            var mijn = (await grid.ReadAsync<(long BijdrageId, int Punten)>()).ToDictionary(p => p.BijdrageId, p => p.Punten);
            var stellingen = (await grid.ReadAsync<Stelling>()).ToList();
            return new Beslisvragen
            {
                Code = code,
                Titel = sessie.Titel,
                Puntenronde = ronde is null ? null : ronde with { Bijdragen = bijdragen, MijnPunten = mijn },
                Stellingen = stellingen,
            };
        }
    }
}
