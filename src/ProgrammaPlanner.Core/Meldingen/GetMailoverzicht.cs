using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Meldingen;

/// <summary>For the beheerder: whether mail is configured, how many mails wait, went out or were given up, and the latest ones.</summary>
public static class GetMailoverzicht
{
    [Vereist(Recht.Beheerder)]
    public sealed record Query(int Aantal = 50) : IRequest<Model>;

    public sealed record Model(bool IsIngesteld, string Server, string? Afzender, long Wachtend, long Verzonden, long Opgegeven, IReadOnlyList<Item> Laatste);

    public sealed record Item
    {
        public long Id { get; init; }
        public string Aan { get; init; } = "";
        public string Onderwerp { get; init; } = "";
        public string AangemaaktOp { get; init; } = "";
        public int Pogingen { get; init; }
        public string VolgendePogingOp { get; init; } = "";
        public string? VerzondenOp { get; init; }
        public bool Opgegeven { get; init; }
        public string? LaatsteFout { get; init; }

        public string Status => VerzondenOp is not null ? "verzonden" : Opgegeven ? "opgegeven" : "wacht";
    }

    public sealed class Handler(Db db, MailSettings settings) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query query, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            var tellingen = await c.QuerySingleAsync<Tellingen>(
                """
                SELECT COALESCE(SUM(CASE WHEN verzonden_op IS NULL AND opgegeven = 0 THEN 1 ELSE 0 END), 0) AS wachtend,
                       COALESCE(SUM(CASE WHEN verzonden_op IS NOT NULL THEN 1 ELSE 0 END), 0) AS verzonden,
                       COALESCE(SUM(CASE WHEN verzonden_op IS NULL AND opgegeven = 1 THEN 1 ELSE 0 END), 0) AS opgegeven
                FROM uitgaande_mail
                """);
            var laatste = (await c.QueryAsync<Item>(
                """
                SELECT id, aan, onderwerp, aangemaakt_op, pogingen, volgende_poging_op, verzonden_op, opgegeven, laatste_fout
                FROM uitgaande_mail ORDER BY id DESC LIMIT @Aantal
                """, new { Aantal = Math.Clamp(query.Aantal, 1, 500) })).ToList();
            var beveiliging = settings.Beveiliging.Trim().ToLowerInvariant() switch
            {
                "none" or "geen" => "onbeveiligd",
                "ssl" or "tls" => "SSL/TLS",
                _ => "STARTTLS",
            };
            var server = settings.IsIngesteld ? $"{settings.Host}:{settings.Port} ({beveiliging})" : "";
            return new Model(settings.IsIngesteld, server, settings.Afzender, tellingen.Wachtend, tellingen.Verzonden, tellingen.Opgegeven,
                laatste);
        }
    }

    private sealed class Tellingen
    {
        public long Wachtend { get; init; }
        public long Verzonden { get; init; }
        public long Opgegeven { get; init; }
    }
}
