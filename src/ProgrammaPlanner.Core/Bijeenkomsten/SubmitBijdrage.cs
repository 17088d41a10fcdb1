using System.Text.Json.Serialization;
using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Bijeenkomsten;

/// <summary>
/// A participant adds a bijdrage to an open session by its code. Stored exactly once per idempotency key: a phone
/// that sends the same form twice (double tap, retry on a bad connection) gets the first bijdrage back.
/// Anonymous (<see cref="IDeelnemerRequest"/>). The text is stored as typed; pages always render it as text.
/// </summary>
public static class SubmitBijdrage
{
    [Vereist(Recht.Iedereen)]
    [Logboek("SubmitBijdrage", "Bijdrage ingestuurd")]
    public sealed record Command(string Code, [property: JsonIgnore] string DeelnemerSleutel, string IdempotentieSleutel, string Soort, string Tekst)
        : ICommand<Result>, IDeelnemerRequest;

    public sealed record Result(long ProgrammaId, long BijeenkomstId, long BijdrageId, bool AlOntvangen) : IProgrammaScoped;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            DeelnemerRules.ApplyCode(this);
            DeelnemerRules.ApplySleutel(this, x => x.DeelnemerSleutel);
            RuleFor(x => x.IdempotentieSleutel).NotEmpty().MaximumLength(Tekstgrenzen.Kort).WithMessage("Het formulier is verlopen. Open de pagina opnieuw.");
            RuleFor(x => x.Soort).Must(s => BijdrageSoort.Alle.Contains(s))
                .WithMessage("Kies wat voor bijdrage het is: ambitie, belang, idee of zorg.");
            BijdrageRules.ApplyTekst(this, x => x.Tekst);
        }
    }

    public sealed class Handler(Db db, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command cmd, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            await using var tx = c.BeginTransaction();
            if (await FindAsync(c, tx, cmd.IdempotentieSleutel) is { } eerder) return eerder;

            var sessie = await DeelnemerRules.FindOpenAsync(c, cmd.Code, tx);
            var deelnemer = await DeelnemerRules.FindDeelnemerAsync(c, sessie.Id, cmd.DeelnemerSleutel, tx);
            // The facilitator stopped letting residents take part since this phone joined: it chooses a partner first.
            if (deelnemer.PartnerId is null && !sessie.OpenDeelname) throw ValidationException.For("PartnerId", DeelnemerRules.NietAangemeld);
            var id = await c.ExecuteScalarAsync<long?>(
                """
                INSERT INTO bijdrage (programma_id, bijeenkomst_id, soort, tekst, partner_id, naam, namens, deelnemer_id, ingediend_op, idempotentie_sleutel)
                VALUES (@ProgrammaId, @BijeenkomstId, @Soort, @Tekst, @PartnerId, @Naam, @Namens, @DeelnemerId, @Nu, @Sleutel)
                ON CONFLICT (idempotentie_sleutel) DO NOTHING
                RETURNING id
                """, new
                {
                    sessie.ProgrammaId, BijeenkomstId = sessie.Id, cmd.Soort, Tekst = cmd.Tekst.Trim(), deelnemer.PartnerId, deelnemer.Naam, deelnemer.Namens,
                    DeelnemerId = deelnemer.Id, Nu = BijdrageRules.Tijdstip(clock), Sleutel = cmd.IdempotentieSleutel,
                }, tx);
            if (id is null) return (await FindAsync(c, tx, cmd.IdempotentieSleutel))!; // the twin committed first
            await tx.CommitAsync(ct);
            return new Result(sessie.ProgrammaId, sessie.Id, id.Value, false);
        }

        private static async Task<Result?> FindAsync(System.Data.Common.DbConnection c, System.Data.Common.DbTransaction tx, string sleutel)
        {
            var rows = await c.QueryAsync<(long ProgrammaId, long BijeenkomstId, long Id)>(
                "SELECT programma_id, bijeenkomst_id, id FROM bijdrage WHERE idempotentie_sleutel = @sleutel", new { sleutel }, tx);
            foreach (var r in rows) return new Result(r.ProgrammaId, r.BijeenkomstId, r.Id, true);
            return null;
        }
    }
}
